/// The id alphabet of the content format: `[a-z0-9][a-z0-9_-]*`, case-insensitive on input.
public enum Identifier {
    /// The lower-cased id, or nil when `text` is outside the alphabet.
    public static func normalized(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        var hasUppercase = false
        for (offset, byte) in text.utf8.enumerated() {
            let isUppercase = byte >= 65 && byte <= 90
            let isAlphanumeric = isUppercase || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            let isPunctuation = byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            guard isAlphanumeric || (offset > 0 && isPunctuation) else { return nil }
            hasUppercase = hasUppercase || isUppercase
        }
        // Most ids are written in lower case already: the text itself, without a new string.
        return hasUppercase ? text.lowercased() : text
    }

    public static func isValid(_ text: String) -> Bool { normalized(text) != nil }

    /// A message fragment explaining the alphabet, with a repaired suggestion when one exists.
    static func advice(for text: String) -> String {
        var repaired = ""
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_" {
                repaired.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "." {
                repaired.append("-")
            }
        }
        while let first = repaired.first, first == "-" || first == "_" { repaired.removeFirst() }
        let base = "ids use only ASCII letters, digits, '-' and '_', starting with a letter or digit"
        if !repaired.isEmpty, repaired != text { return base + " — e.g. '\(repaired)'" }
        return base
    }
}
