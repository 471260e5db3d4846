import GraphBuildKit
import Foundation
let lem = Lemmatizer.shared
for w in CommandLine.arguments.dropFirst() {
  print(w, lem.analyses(w).prefix(4).map { "\($0.lemma) \($0.gender) \($0.score)" })
}
print(lem.lemmatizeName(["Олександра", "Лукашенка"], isPerson: true))
print(lem.lemmatizeName(["Світлани", "Тихановської"], isPerson: true))
print(lem.lemmatizeName(["Джоном", "Коулом"], isPerson: true))
print(lem.lemmatizeName(["Державного", "департаменту"], isPerson: false))
print(lem.lemmatizeName(["посольства", "Білорусі", "у", "Вашингтоні"], isPerson: false))
print(KMU2010.transliterate("Олександр Лукашенко Згуровський Світлана Тихановська"))
