/// The card labels of alignment maps, kept by card: wrapping a title to the card's width measures it
/// character by character, and an objective's card is drawn on several maps, and again on every rebuild
/// of `okra watch`, with the same title, unit, score and band. A label is made again when one of those, or
/// the language, differs from what it was made from. Safe to share between threads.
public final class AlignmentLabels: Sendable {
    private struct Entry {
        var title: String
        var unitName: String
        var scoreText: String
        var band: Band
        var language: Language
        var label: Charts.AlignmentLabel
    }

    private let entries = Locked<[String: Entry]>([:])

    public init() {}

    func label(of node: AlignmentNode, words: Charts.Words) -> Charts.AlignmentLabel {
        if let entry = entries.withValue({ $0[node.id] }), entry.title == node.title, entry.unitName == node.unitName,
           entry.scoreText == node.scoreText, entry.band == node.band, entry.language == words.language {
            return entry.label
        }
        let label = Charts.alignmentLabel(node, words: words)
        let entry = Entry(title: node.title, unitName: node.unitName, scoreText: node.scoreText, band: node.band, language: words.language, label: label)
        entries.withValue { $0[node.id] = entry }
        return label
    }
}
