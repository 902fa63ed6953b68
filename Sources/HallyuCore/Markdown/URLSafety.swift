import Foundation

/// Decides whether a link or image destination may reach the page.
///
/// Relative URLs and ordinary schemes pass; schemes that run code or read local data do not.
/// A deny list rather than an allow list, because CommonMark allows any scheme (`irc:`, `tel:`,
/// made-up ones) and those are harmless, while the dangerous ones are few and well known.
enum URLSafety {
    private static let deniedSchemes: Set<String> = [
        "javascript", "vbscript", "livescript", "mocha", "data", "file", "blob", "filesystem", "view-source",
    ]

    private static let allowedDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    static func isSafe(_ url: String) -> Bool {
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"),
        // so the check must too.
        var scheme = ""
        var sawColon = false
        for scalar in url.unicodeScalars {
            let value = scalar.value
            if value <= 0x20 || value == 0x7F { continue }
            if scalar == ":" {
                sawColon = true
                break
            }
            if scalar == "/" || scalar == "?" || scalar == "#" { return true }
            scheme.unicodeScalars.append(scalar)
            if scheme.unicodeScalars.count > 32 { return true }
        }
        guard sawColon else { return true }
        let lowered = scheme.lowercased()
        guard deniedSchemes.contains(lowered) else { return true }
        if lowered == "data" {
            let compact = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
                .lowercased()
            return allowedDataPrefixes.contains { prefix in
                compact.hasPrefix(prefix + ";") || compact.hasPrefix(prefix + ",")
            }
        }
        return false
    }
}
