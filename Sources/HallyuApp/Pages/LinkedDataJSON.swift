import Foundation

/// Writes the JSON-LD trees of `StructuredData` (dictionaries, arrays, strings, numbers and
/// booleans) with sorted keys, and with `<`, `>` and `&` as `\u` escapes so the text can sit
/// inside a `<script>` element. Foundation's `JSONSerialization` did the same at a tenth of an
/// article page's cost, bridging every value and sorting `AnyHashable` keys.
enum LinkedDataJSON {
    /// Nil for a value JSON cannot hold.
    static func write(_ value: Any) -> String? {
        var out = ""
        out.reserveCapacity(2_048)
        return append(value, to: &out) ? out : nil
    }

    private static func append(_ value: Any, to out: inout String) -> Bool {
        switch value {
        case let text as String:
            appendString(text, to: &out)
        case let flag as Bool:
            out += flag ? "true" : "false"
        case let number as Int:
            out += String(number)
        case let number as Double:
            guard number.isFinite else { return false }
            out += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let object as [String: Any]:
            out += "{"
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                appendString(key, to: &out)
                out += ":"
                guard let member = object[key], append(member, to: &out) else { return false }
            }
            out += "}"
        case let array as [Any]:
            out += "["
            for (index, element) in array.enumerated() {
                if index > 0 { out += "," }
                guard append(element, to: &out) else { return false }
            }
            out += "]"
        default:
            return false
        }
        return true
    }

    private static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
