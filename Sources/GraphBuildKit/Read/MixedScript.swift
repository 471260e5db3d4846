/// Words typed with look-alikes: marks for the apostrophe (В`ячеслав, об´єднання), or letters
/// of both scripts (Укpаїна with a Latin p, Києвi with a Latin i, ICTV with a Cyrillic І and С).
/// The dictionaries, the model and the word lists know none of them. A mark between Cyrillic
/// letters becomes the apostrophe ’. Where one script's letters in a word all have look-alikes
/// in the other (and, when both scripts' do, it has fewer), they are replaced. All one for one,
/// so offsets stay the same.
enum MixedScript {
  static let latinToCyrillic: [UInt32: UInt32] = {
    let pairs: [(Character, Character)] = [
      ("a", "а"), ("c", "с"), ("e", "е"), ("i", "і"), ("o", "о"), ("p", "р"), ("x", "х"), ("y", "у"), ("ï", "ї"),
      ("A", "А"), ("B", "В"), ("C", "С"), ("E", "Е"), ("H", "Н"), ("I", "І"), ("K", "К"), ("M", "М"), ("O", "О"),
      ("P", "Р"), ("T", "Т"), ("X", "Х"), ("Ï", "Ї"),
    ]
    return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0.unicodeScalars.first!.value, $0.1.unicodeScalars.first!.value) })
  }()
  static let cyrillicToLatin: [UInt32: UInt32] = Dictionary(
    uniqueKeysWithValues: latinToCyrillic.map { ($0.value, $0.key) })

  static func isCyrillic(_ v: UInt32) -> Bool { v >= 0x400 && v <= 0x4FF }
  static func isLatin(_ v: UInt32) -> Bool { (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) }

  /// The text with its mixed words in one script; the same string when it has none.
  static func repair(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    var changed = false
    var i = 0
    while i < scalars.count {
      // Marks typed for the apostrophe (` ´ ʹ ′) between Cyrillic letters: the apostrophe ’.
      if [0x60, 0xB4, 0x2B9, 0x2032].contains(scalars[i].value), i > 0, i + 1 < scalars.count,
        isCyrillic(scalars[i - 1].value), isCyrillic(scalars[i + 1].value)
      {
        scalars[i] = "\u{2019}"
        changed = true
      }
      guard isCyrillic(scalars[i].value) || isLatin(scalars[i].value) else { i += 1; continue }
      var end = i
      var cyrillic = 0, latin = 0, latinMapped = 0, cyrillicMapped = 0
      while end < scalars.count {
        let v = scalars[end].value
        if isCyrillic(v) {
          cyrillic += 1
          if cyrillicToLatin[v] != nil { cyrillicMapped += 1 }
        } else if isLatin(v) {
          latin += 1
          if latinToCyrillic[v] != nil { latinMapped += 1 }
        } else if v != 0x301 {  // a stress mark stays inside the word
          break
        }
        end += 1
      }
      if cyrillic > 0 && latin > 0 {
        // The script whose letters can all change changes; when both can, the one with fewer.
        let toCyrillic = latinMapped == latin, toLatin = cyrillicMapped == cyrillic
        let table: [UInt32: UInt32]? =
          toCyrillic && (!toLatin || cyrillic > latin) ? latinToCyrillic : toLatin && (!toCyrillic || latin > cyrillic) ? cyrillicToLatin : nil
        if let table {
          for k in i..<end {
            if let m = table[scalars[k].value] { scalars[k] = Unicode.Scalar(m)! }
          }
          changed = true
        }
      }
      i = end
    }
    guard changed else { return text }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
