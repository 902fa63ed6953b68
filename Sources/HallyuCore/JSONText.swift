/// A string as JSON writes it, escaped the one way the export files and the JSON log lines
/// share: quotes, backslashes and control characters escaped, the rest as it is.
public enum JSONText {
    public static func quoted(_ value: String) -> String {
        var text = ""
        text.reserveCapacity(value.utf8.count + 2)
        append(value, to: &text)
        return text
    }

    public static func append(_ value: String, to text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                // U+2028 and U+2029 are JSON but end lines in JavaScript; escaped, a line stays a line.
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
