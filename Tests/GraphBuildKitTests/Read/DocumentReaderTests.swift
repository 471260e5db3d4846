import Foundation
import Testing
@testable import GraphBuildKit

@Suite struct DocumentReaderTests {
  @Test func decodesWindows1251() throws {
    let dir = Fixtures.temporaryDirectory()
    let url = dir.appendingPathComponent("cp1251.txt")
    try "Лукашенко помилував в'язнів.".data(using: .windowsCP1251)!.write(to: url)
    let doc = try DocumentReader.read(url)
    #expect(doc.encoding == "Windows-1251")
    #expect(doc.text == "Лукашенко помилував в'язнів.")
  }

  @Test func composesDecomposedLetters() throws {
    let dir = Fixtures.temporaryDirectory()
    let url = dir.appendingPathComponent("nfd.txt")
    // й and ї as и, і with a combining breve and diaeresis; a stress mark has no composed form.
    let decomposed = "Зеленськии\u{0306} прибув до Украі\u{0308}ни і Ки\u{0301}єва."
    try decomposed.data(using: .utf8)!.write(to: url)
    let doc = try DocumentReader.read(url)
    #expect(doc.text.unicodeScalars.count == decomposed.unicodeScalars.count - 2)
    #expect(Array(doc.text.unicodeScalars) == Array("Зеленський прибув до України і Ки\u{0301}єва.".unicodeScalars))
    let mentions = Fixtures.recognizer.analyze(doc).mentions
    #expect(mentions.contains { $0.text == "України" && $0.label == "LOC" })
  }

  @Test func refusesBinaryAndEmptyFilesByName() throws {
    let dir = Fixtures.temporaryDirectory()
    let binary = dir.appendingPathComponent("image.txt")
    try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3]).write(to: binary)
    #expect(throws: GraphBuildError.self) { try DocumentReader.read(binary) }
    do { _ = try DocumentReader.read(binary) } catch let e as GraphBuildError { #expect(e.description.contains("image.txt")) }
    let empty = dir.appendingPathComponent("empty.txt")
    try Data("  \n".utf8).write(to: empty)
    #expect(throws: GraphBuildError.self) { try DocumentReader.read(empty) }
  }

  @Test func missingPathAndEmptyFolderAreErrors() throws {
    #expect(throws: GraphBuildError.noSuchPath("/no/such/folder")) { try DocumentReader.files(in: ["/no/such/folder"]) }
    let dir = Fixtures.temporaryDirectory()
    #expect(throws: GraphBuildError.noDocuments(dir.path)) { try DocumentReader.files(in: [dir.path]) }
  }

  @Test func findsArticlesRecursively() throws {
    let dir = Fixtures.temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("a/b"), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: dir.appendingPathComponent("a/b/one.md"))
    try Data("x".utf8).write(to: dir.appendingPathComponent("two.txt"))
    try Data("x".utf8).write(to: dir.appendingPathComponent("skip.json"))
    #expect(try DocumentReader.files(in: [dir.path]).map(\.lastPathComponent).sorted() == ["one.md", "two.txt"])
  }

  @Test(arguments: [("date 2025-11-26 Текст", "2025-11-26"), ("Дата: 05.03.2024\nТекст", "2024-03-05"), ("Текст без дати", nil)])
  func publicationDate(_ text: String, _ date: String?) {
    #expect(DocumentReader.publicationDate(text) == date)
  }
}
