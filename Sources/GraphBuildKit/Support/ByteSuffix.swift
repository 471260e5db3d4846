extension StringProtocol {
  /// `hasSuffix` by UTF-8 bytes. The standard one compares by Characters under canonical
  /// equivalence, which made suffix rules the costliest part of lemmatising a new word; our
  /// text and endings are NFC, where the two agree.
  @inline(__always) func hasByteSuffix(_ suffix: String) -> Bool {
    let s = suffix.utf8
    let u = utf8
    guard u.count >= s.count else { return false }
    return u.suffix(s.count).elementsEqual(s)
  }
}
