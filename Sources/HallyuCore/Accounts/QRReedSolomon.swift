import Foundation

/// Reed–Solomon error correction over GF(256) built with QR Code's polynomial
/// x⁸ + x⁴ + x³ + x² + 1 (0x11D), whose element 2 generates every non-zero element.
enum QRReedSolomon {
    /// The correction codewords for `data`: the remainder of data·x^count divided by the
    /// generator polynomial (x - α⁰)(x - α¹)…(x - α^(count-1)).
    static func correctionCodewords(for data: [UInt8], count: Int) -> [UInt8] {
        let generator = generatorPolynomial(degree: count)
        // A shift register: each data byte feeds back through the generator's coefficients.
        var remainder = [UInt8](repeating: 0, count: count)
        for byte in data {
            let feedback = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for index in 0..<count {
                remainder[index] ^= multiply(generator[index + 1], feedback)
            }
        }
        return remainder
    }

    /// Coefficients from the highest power down; the leading one is always 1.
    static func generatorPolynomial(degree: Int) -> [UInt8] {
        var polynomial: [UInt8] = [1]
        for power in 0..<degree {
            // Multiplying by (x + αⁱ): subtraction and addition are the same in GF(2⁸).
            let root = powersOfTwo[power]
            var product = polynomial + [0]
            for index in 1..<product.count {
                product[index] ^= multiply(polynomial[index - 1], root)
            }
            polynomial = product
        }
        return polynomial
    }

    static func multiply(_ left: UInt8, _ right: UInt8) -> UInt8 {
        guard left != 0, right != 0 else { return 0 }
        return powersOfTwo[(Int(logarithms[Int(left)]) + Int(logarithms[Int(right)])) % 255]
    }

    /// 2⁰…2²⁵⁴ in the field; multiplying by 2 is a shift, reduced by 0x11D when it overflows.
    private static let powersOfTwo: [UInt8] = {
        var powers: [UInt8] = []
        var value = 1
        for _ in 0..<255 {
            powers.append(UInt8(value))
            value <<= 1
            if value > 0xFF { value ^= 0x11D }
        }
        return powers
    }()

    private static let logarithms: [UInt8] = {
        var logarithms = [UInt8](repeating: 0, count: 256)
        for (exponent, power) in powersOfTwo.enumerated() { logarithms[Int(power)] = UInt8(exponent) }
        return logarithms
    }()
}
