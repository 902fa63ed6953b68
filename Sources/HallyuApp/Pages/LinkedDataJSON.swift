import Foundation

/// Writes the JSON-LD trees of `StructuredData` (dictionaries, arrays, strings, numbers and
/// booleans) with sorted keys, and with `<`, `>` and `&` as `\u` escapes so the text can sit
/// inside a `<script>` element. Foundation's `JSONSerialization` did the same at a tenth of an
/// article page's cost, bridging every value and sorting `AnyHashable` keys.
enum LinkedDataJSON {
    /// Nil for a value JSON cannot hold.
    static func write(_ value: Any) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(2_048)
        return append(value, to: &out) ? String(decoding: out, as: UTF8.self) : nil
    }

    private static func append(_ value: Any, to out: inout [UInt8]) -> Bool {
        switch value {
        case let text as String:
            appendString(text, to: &out)
        case let flag as Bool:
            out += (flag ? "true" : "false").utf8
        case let number as Int:
            out += String(number).utf8
        case let number as Double:
            guard number.isFinite else { return false }
            out += (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)).utf8
        case let object as [String: Any]:
            out.append(UInt8(ascii: "{"))
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                appendString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                guard let member = object[key], append(member, to: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                guard append(element, to: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
        default:
            return false
        }
        return true
    }

    /// A string, its unescaped runs copied as they are.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() {
                let escape: String
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                case ..<0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                out.append(contentsOf: escape.utf8)
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
