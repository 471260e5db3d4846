import Foundation

/// data/relations.json: relation types, their argument types and the patterns that find them.
public struct RelationPatterns: Decodable, Sendable {
  public struct TypeInfo: Decodable, Sendable {
    public var subject: [String]
    public var object: [String]
    public var symmetric: Bool
    public var equivalent: String?
    public var meaning: String?
  }
  public struct Title: Decodable, Sendable {
    public var lemmas: [String]
    public var relation: String
    public var nationality: String?
    public var target: String?
    public var targetAfter: [[String]]?
  }
  public struct VerbFrame: Decodable, Sendable {
    public var relation: String
    public var verbs: [String]
    public var object: [String]
    public var prepositions: [String]
    public var stance: String?
    public var coordinated: Bool?
    public var passiveObject: Bool?
    /// Passive participles with the agent after them ("санкції проти X були запроваджені Канадою").
    public var participles: [String]?
    /// Verbs whose subject undergoes the relation ("X потрапив під санкції", "під обмеження
    /// потрапили X"); the agent is the one the document named before.
    public var undergoers: [String]?
    /// The kinds of entity the verb takes as its direct object, past a place and a person's
    /// post ("прийняв в Анкарі президента Азербайджану X", "очолив Міністерство ...").
    public var directObject: [String]?
    /// The kinds of entity (schema.org classes) both sides must be, where the frame says so.
    public var between: [String]?
    /// The kinds of entity the subject may be, narrower than the relation's (only a person
    /// works somewhere).
    public var subjects: [String]?
  }
  public struct NounFrame: Decodable, Sendable {
    public var relation: String
    public var nouns: [String]
  }
  public struct Association: Decodable, Sendable {
    public var relation: String
    public var lemmas: [String]
    public var prepositions: [String]
  }
  /// A verb whose agent takes a relation to what it acts on: the founder of a body is its
  /// member, named as the subject of the active verb or as the instrumental agent of the
  /// passive participle or impersonal form (`TreeAgents`).
  public struct AgentFrame: Decodable, Sendable {
    public var relation: String
    public var verbs: [String]
    public var participles: [String]
    /// The kinds of entity (schema.org classes) acted on.
    public var object: [String]
  }
  /// Verbs of owning (`TreeOwners`): the owner is the subject of a `possess` verb with the
  /// property in the instrumental, the dative of a `belong` verb with the property as its
  /// subject, or the `на` + accusative of a `registered` verb or participle (a firm
  /// "зареєстрована на X", its property "оформлена на X").
  public struct Ownership: Decodable, Sendable {
    public var relation: String
    public var possess: [String]
    public var belong: [String]
    public var registered: [String]?
  }
  public struct Events: Decodable, Sendable {
    public var release: [String]
    public var pardon: [String]
    public var nomination: [String]
    public var people: [String]
  }

  public var types: [String: TypeInfo]
  public var titles: [Title]
  /// Prefixes that make a title a former one ("екс-голова", "експрезидент"): a post held in the
  /// past is still a relation, so each title is also looked up with them.
  public var formerPrefixes: [String]?
  public var verbFrames: [VerbFrame]
  public var nounFrames: [NounFrame]
  public var agentFrames: [AgentFrame]?
  public var ownership: Ownership?
  public var association: Association
  public var negations: [String]
  public var refusals: [String]
  public var modality: [String]
  public var events: Events
  public var locatedHeads: [String]
  /// Head nouns of bodies of citizens, not of the state (федерація, спілка, партія): the state
  /// in such a name says where the body is, and makes it no part of the state.
  public var civicHeads: Set<String>?
  /// Nouns of agreements between two parties ("угода між X та Y").
  public var agreementNouns: Set<String>?
  /// Nouns of those who speak for a side in talks, beside titles ("переговори делегацій X та Y").
  public var talkParties: [String]?
  /// A city's head's title ("мер"), or the adjective that makes "голова" one ("міський").
  public var cityHeads: Set<String>?
  /// Nouns of a body's board, which stands for the body as a verb's object ("правління Фонду").
  public var boards: Set<String>?
  /// Heads of a government ("прем'єр-міністр"): with no state named, the article's one state,
  /// as a minister's post takes it.
  public var governmentLeaders: Set<String>?
  /// Abbreviations of a kind of body (ОДА, РДА) and the words of its full name: alone after a
  /// post, the body of that kind the document named last.
  public var abbreviatedBodies: [String: [String]]?
  /// Common nouns of a region that stand for a body's seat between the body and its holder
  /// ("Управління ДСНС в області X").
  public var seatNouns: Set<String>?
  /// A council member's title ("депутат") and the words of a council's name ("обласна рада"):
  /// the title with no body, right before a name, is of the one council the document names.
  public var councilMembers: Set<String>?
  /// Words of address before a name ("пані Гребенюк"), passed over between a post and its holder.
  public var honorifics: Set<String>?
  public var councilNames: [String]?
  public var coordinators: [String]
  /// Words that name members of a group just mentioned ("банків, зокрема X та Y").
  public var inclusions: [String]
  public var clauseBreaks: [String]
  /// Relative pronouns that point back to an appointee ("X, якого Y призначив").
  public var relativePronouns: [String]
  /// Relative pronouns that open a clause as its subject ("X, який очолив", "осіб, які ...").
  public var subjectRelatives: Set<String>
  /// Verbs that take a title as their complement, as a copula does ("стала головою",
  /// "працював директором").
  public var copulas: Set<String>
  /// A copula's future forms ("стане", "буде"): a post someone will hold is not yet theirs.
  public var futureCopulas: Set<String>?
  /// Kin ("син", "тесть"): a name after "тесть директора X" is the kinsman's, not the title's.
  public var relatives: Set<String>
  /// A person's party or faction named by a preposition after the name ("X від БПП", "X з
  /// фракції «Народний фронт»"); after `groupPrepositions` only with a group noun.
  public struct Memberships: Decodable, Sendable {
    public var relation: String
    public var prepositions: [String]
    public var groupPrepositions: [String]
    public var groups: [String]
  }
  public var memberships: Memberships
  /// Possessives that stand for the body named before them ("та її генерального директора").
  public var possessives: Set<String>
  /// Generic nouns that stand for the state body last named ("відомство").
  public var anaphors: Set<String>
  /// Words before a leader's title that make the person not the head ("заступник голови",
  /// "державний секретар").
  public var deputies: Set<String>
  /// Nouns for a part of a body between a title and the body ("керівник апарату Верховної Ради").
  public var subunits: Set<String>
  /// Generic nouns that stand for the company last named ("директор компанії").
  public var companyAnaphors: Set<String>
  /// A post that names its body by itself, as world knowledge ("народний депутат": a member of
  /// the Verkhovna Rada): the body is a gazetteer name, taken where the text names none.
  public struct ImpliedBody: Decodable, Sendable {
    /// Lemmas, space-separated, the last the title's.
    public var phrase: String
    public var body: String
  }
  public var impliedBodies: [ImpliedBody]?
  /// Phrases between a body and the person who heads it ("Єврокомісія на чолі з X"; `HeadedBy`).
  public struct HeadedBy: Decodable, Sendable {
    public var relation: String
    /// Lower-case words, space-separated.
    public var phrases: [String]
    /// Lemmas of nouns for a body's make-up, through which the phrase still reaches the body
    /// ("склад Єврокомісії на чолі з X").
    public var through: [String]?
  }
  public var headedBy: HeadedBy?
  /// Phrases before an event noun that say the event took place ("після переговорів з X").
  public var eventAdjuncts: [String]?

  public static func load(from dataDirectory: URL) throws -> RelationPatterns {
    let url = dataDirectory.appendingPathComponent("relations.json")
    do {
      let p = try JSONDecoder().decode(RelationPatterns.self, from: Data(contentsOf: url))
      for frame in p.verbFrames where p.types[frame.relation] == nil {
        throw GraphBuildError.badData(file: url.path, reason: "verb frame names unknown relation \(frame.relation)")
      }
      return p
    } catch let e as GraphBuildError {
      throw e
    } catch {
      throw GraphBuildError.badData(file: url.path, reason: "\(error)")
    }
  }
}
