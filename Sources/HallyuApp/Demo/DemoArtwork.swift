import Foundation
import HallyuCore

/// Draws the demo's illustrations as SVG, so the demo ships no photographs it has no right to.
/// The same slug always gives the same picture.
struct DemoArtwork {
    static let width = 1200
    static let height = 675

    let slug: String
    let title: String
    let subtitle: String
    let motif: String
    let palette: [String]

    func svg() -> String {
        var random = SeededRandom(seed: slug)
        let dark = palette.first ?? "#1d2540"
        let accent = palette.count > 1 ? palette[1] : "#e76f51"
        let light = palette.count > 2 ? palette[2] : "#fdf6ec"
        var shapes = ""
        for _ in 0..<28 {
            shapes += shape(&random, accent: accent, light: light)
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.width)" height="\(Self.height)" viewBox="0 0 \(Self.width) \(Self.height)" role="img" aria-label="\(escape(title))">
            <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="\(dark)"/><stop offset="1" stop-color="\(mix(dark, accent))"/></linearGradient></defs>
            <rect width="100%" height="100%" fill="url(#g)"/>
            <g opacity="0.85">\(shapes)</g>
            <rect x="0" y="\(Self.height - 190)" width="\(Self.width)" height="190" fill="\(dark)" opacity="0.55"/>
            <text x="60" y="\(Self.height - 100)" fill="\(light)" font-family="Georgia, 'Noto Serif', serif" font-size="64" font-weight="700">\(escape(title))</text>
            <text x="62" y="\(Self.height - 48)" fill="\(light)" opacity="0.85" font-family="system-ui, sans-serif" font-size="30">\(escape(subtitle))</text>
            </svg>
            """
    }

    private func shape(_ random: inout SeededRandom, accent: String, light: String) -> String {
        let x = random.next(in: 0...Self.width), y = random.next(in: 0...(Self.height - 200))
        let size = random.next(in: 8...60)
        let colour = random.next(in: 0...1) == 0 ? accent : light
        let opacity = Double(random.next(in: 25...90)) / 100
        switch motif {
        case "butterflies":
            return
                "<g transform=\"translate(\(x) \(y)) rotate(\(random.next(in: -30...30)))\" fill=\"\(colour)\" opacity=\"\(opacity)\"><ellipse cx=\"-\(size / 2)\" cy=\"0\" rx=\"\(size / 2)\" ry=\"\(size / 3)\"/><ellipse cx=\"\(size / 2)\" cy=\"0\" rx=\"\(size / 2)\" ry=\"\(size / 3)\"/><ellipse cx=\"-\(size / 3)\" cy=\"\(size / 3)\" rx=\"\(size / 3)\" ry=\"\(size / 5)\"/><ellipse cx=\"\(size / 3)\" cy=\"\(size / 3)\" rx=\"\(size / 3)\" ry=\"\(size / 5)\"/></g>"
        case "rain":
            return
                "<line x1=\"\(x)\" y1=\"\(y)\" x2=\"\(x - size / 4)\" y2=\"\(y + size * 2)\" stroke=\"\(colour)\" stroke-width=\"3\" stroke-linecap=\"round\" opacity=\"\(opacity)\"/>"
        case "city":
            let h = size * 5
            return
                "<rect x=\"\(x)\" y=\"\(Self.height - 190 - h)\" width=\"\(size + 20)\" height=\"\(h)\" fill=\"\(colour)\" opacity=\"\(opacity / 2)\"/>"
        case "waves":
            return
                "<path d=\"M\(x - 80) \(y) q 40 -\(size) 80 0 t 80 0 t 80 0\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"4\" opacity=\"\(opacity)\"/>"
        case "petals":
            return
                "<ellipse cx=\"\(x)\" cy=\"\(y)\" rx=\"\(size / 2)\" ry=\"\(size / 4)\" transform=\"rotate(\(random.next(in: 0...180)) \(x) \(y))\" fill=\"\(colour)\" opacity=\"\(opacity)\"/>"
        case "stage", "neon":
            return
                "<polygon points=\"\(Self.width / 2),-20 \(x - size),\(Self.height) \(x + size),\(Self.height)\" fill=\"\(colour)\" opacity=\"\(opacity / 4)\"/>"
        case "moon":
            return "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(size / 8 + 1)\" fill=\"\(light)\" opacity=\"\(opacity)\"/>"
        default:  // stars, snow
            return "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(size / 6 + 1)\" fill=\"\(colour)\" opacity=\"\(opacity)\"/>"
        }
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The colour halfway between two `#rrggbb` colours.
    private func mix(_ a: String, _ b: String) -> String {
        func channels(_ hex: String) -> [Int] {
            let digits = Array(hex.dropFirst())
            guard digits.count == 6 else { return [40, 40, 60] }
            return stride(from: 0, to: 6, by: 2).map { Int(String(digits[$0...$0 + 1]), radix: 16) ?? 0 }
        }
        let mixed = zip(channels(a), channels(b)).map { ($0 * 2 + $1) / 3 }
        return "#" + mixed.map { String(format: "%02x", $0) }.joined()
    }
}
