import Foundation

extension QRCode {
    /// The symbol as an inline SVG image, `moduleSize` pixels to a module and with `quietZone`
    /// light modules around it (readers need four). `label` is what screen readers say instead.
    /// Dark modules form one path, a rectangle per horizontal run, so the image stays small and
    /// no hairlines show between neighbouring modules.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, label: String) -> String {
        let side = size + 2 * quietZone
        let pixels = side * moduleSize
        var writer = HTMLWriter()
        writer.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(pixels)\" height=\"\(pixels)\"")
        writer.raw(" role=\"img\" aria-label=\"")
        writer.escaped(label)
        writer.raw("\"><rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" shape-rendering=\"crispEdges\" d=\"")
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while isDark(x: x, y: y) { x += 1 }
                writer.raw("M\(start + quietZone),\(y + quietZone)h\(x - start)v1h-\(x - start)z")
            }
        }
        writer.raw("\"/></svg>")
        return writer.string
    }
}
