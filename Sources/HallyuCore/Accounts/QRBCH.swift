import Foundation

/// The BCH codes guarding QR format and version information are remainders of polynomial
/// division over GF(2), where a polynomial is the bits of an integer and subtraction is XOR.
enum QRBCH {
    static func remainder(of dividend: Int, dividedBy divisor: Int) -> Int {
        let divisorDegree = degree(divisor)
        var remainder = dividend
        while remainder != 0 && degree(remainder) >= divisorDegree {
            remainder ^= divisor << (degree(remainder) - divisorDegree)
        }
        return remainder
    }

    private static func degree(_ polynomial: Int) -> Int { Int.bitWidth - polynomial.leadingZeroBitCount - 1 }
}
