/// The id alphabet of the content format: `[a-z0-9][a-z0-9_-]*`, case-insensitive on input.
public enum Identifier {
    /// The lower-cased id, or nil when `text` is outside the alphabet.
    public static func normalized(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (offset, byte) in text.utf8.enumerated() {
            let lower = (byte >= 65 && byte <= 90) ? byte + 32 : byte
            let isAlphanumeric = (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)
            let isPunctuation = lower == UInt8(ascii: "-") || lower == UInt8(ascii: "_")
            guard isAlphanumeric || (offset > 0 && isPunctuation) else { return nil }
            result.unicodeScalars.append(Unicode.Scalar(lower))
        }
        return result
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
