import Foundation

/// A QR Code symbol (ISO/IEC 18004, model 2) carrying bytes in byte mode. The server draws the
/// code of a two-factor `otpauth://` URI itself, so the shared secret never goes to an image
/// service or a script from elsewhere.
public struct QRCode: Sendable, Equatable {
    /// How much of a damaged symbol can still be read: about 7, 15, 25 and 30 percent of it.
    public enum Correction: Sendable { case low, medium, quartile, high }

    /// 1…40; the symbol has `17 + 4 * version` modules per side.
    public let version: Int
    public let correction: Correction
    /// The data mask, 0…7, that was applied (and written into the format information).
    public let mask: Int
    /// Row by row from the top left, `true` for dark.
    private let modules: [Bool]

    /// The smallest symbol holding `bytes` at `correction`, or nil when not even version 40 can.
    /// `mask` forces one data mask instead of the one the standard's penalty rules pick (tests
    /// use it to compare with other encoders).
    public init?(bytes: [UInt8], correction: Correction = .medium, mask: Int? = nil) {
        precondition(mask.map { (0...7).contains($0) } ?? true, "QR data masks are numbered 0 to 7")
        guard let version = (1...40).first(where: { QRDataCodewords.capacity(version: $0, correction: correction) >= bytes.count })
        else { return nil }
        let data = QRDataCodewords.encode(bytes, version: version, correction: correction)
        var grid = QRModuleGrid(version: version)
        grid.place(QRBlocks.interleavedWithCorrection(data, version: version, correction: correction))
        let chosenMask = mask ?? QRMaskPenalty.bestMask(for: grid)
        grid.applyMask(chosenMask)
        grid.drawFormatInformation(correction: correction, mask: chosenMask)
        grid.drawVersionInformation()
        self.version = version
        self.correction = correction
        self.mask = chosenMask
        self.modules = grid.dark
    }

    /// The UTF-8 bytes of `text`: what phones' camera apps expect for a URI.
    public init?(text: String, correction: Correction = .medium) {
        self.init(bytes: Array(text.utf8), correction: correction)
    }

    public var size: Int { 17 + 4 * version }

    /// Whether the module in column `x`, row `y` is dark; outside the symbol is the light quiet zone.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}
