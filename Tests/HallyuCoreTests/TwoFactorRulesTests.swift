import Foundation
import HallyuCore
import Testing

/// The parts of two-factor sign-in that need no cryptography: base 32, RFC 4226's truncation,
/// the window of steps, replays, recovery codes and device names. (The codes themselves, with a
/// real HMAC-SHA-1, are checked against RFC 6238's table in the app's tests.)
@Suite struct TwoFactorRulesTests {
    @Test func base32MatchesRFC4648() {
        let cases: [(String, String)] = [
            ("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"), ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ]
        for (plain, encoded) in cases {
            #expect(Base32.encode(Array(plain.utf8)) == encoded, "\(plain)")
            #expect(Base32.decode(encoded) == Array(plain.utf8), "\(encoded)")
        }
        #expect(Base32.decode("mzxw 6ytb-oi==") == Array("foobar".utf8), "case, spaces, hyphens and padding are ignored")
        #expect(Base32.decode("MZXW1") == nil, "1 is not in the alphabet")
        let bytes = (0..<20).map { UInt8($0 * 13 % 256) }
        #expect(Base32.decode(Base32.encode(bytes)) == bytes)
    }

    /// RFC 4226 section 5.4's worked example: this HMAC truncates to 872921.
    private static let rfcExample = OneTimeCode(secret: [1]) { _, _ in
        [
            0x1f, 0x86, 0x98, 0x69, 0x0e, 0x02, 0xca, 0x16, 0x61, 0x85, 0x50, 0xef, 0x7f, 0x19, 0xda, 0x8e, 0x94, 0x5b, 0x55, 0x5a,
        ]
    }

    @Test func truncationFollowsRFC4226() {
        #expect(Self.rfcExample.code(step: 0) == "872921")
        #expect(Self.rfcExample.code(step: 0, digits: 8) == "57872921", "0x50ef7f19 = 1357872921")
    }

    /// A stand-in HMAC that returns the counter in the bytes truncation reads, so each step has
    /// its own code: the step number, in six digits.
    private static let countingCodes = OneTimeCode(secret: [1]) { _, message in
        var hash = [UInt8](repeating: 0, count: 20)
        for index in 0..<4 { hash[index] = message[4 + index] }
        return hash
    }

    @Test func aCodeOfTheStepsAroundNowIsTakenOnce() {
        let now = Date(timeIntervalSince1970: 30 * 1_000 + 12)
        #expect(OneTimeCode.step(at: now) == 1_000)
        let codes = Self.countingCodes
        #expect(codes.code(step: 1_000) == "001000")
        #expect(codes.step(matching: "001000", now: now, after: nil) == 1_000)
        #expect(codes.step(matching: "000999", now: now, after: nil) == 999, "one step late: a code typed as it turned over")
        #expect(codes.step(matching: "001001", now: now, after: nil) == 1_001, "a phone's clock a little fast")
        #expect(codes.step(matching: "000998", now: now, after: nil) == nil, "two steps old")
        #expect(codes.step(matching: "001002", now: now, after: nil) == nil)
        #expect(codes.step(matching: "001000", now: now, after: 1_000) == nil, "the same code again is a replay")
        #expect(codes.step(matching: "000999", now: now, after: 1_000) == nil, "an older code after a newer one")
        #expect(codes.step(matching: "001001", now: now, after: 1_000) == 1_001)
        #expect(codes.step(matching: "001 000", now: now, after: nil) == 1_000, "as apps show it, in two halves")
        for wrong in ["", "1000", "0010000", "00100a", "００１０００"] {
            #expect(codes.step(matching: wrong, now: now, after: nil) == nil, "\(wrong)")
        }
    }

    @Test func theProvisioningAddressIsWhatAppsRead() {
        let uri = OneTimeCode.provisioningURI(secret: Array("12345678901234567890".utf8), account: "editor+kr@news.test", issuer: "news.example.com")
        #expect(
            uri
                == "otpauth://totp/news.example.com:editor%2Bkr%40news.test?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=news.example.com&algorithm=SHA1&digits=6&period=30"
        )
    }

    @Test func recoveryCodesAreGroupedAndReadBackHoweverTyped() {
        let code = RecoveryCode.make(from: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        #expect(code == "aaaq-eaye-auda-ocaj", "base 32 of the bytes, lower case, in fours")
        #expect(code.count == 19 && code.split(separator: "-").map(\.count) == [4, 4, 4, 4], "\(code)")
        #expect(RecoveryCode.normalized(code.uppercased()) == code)
        #expect(RecoveryCode.normalized(code.replacingOccurrences(of: "-", with: " ")) == code)
        #expect(RecoveryCode.normalized(String(code.dropLast())) == nil, "one letter short")
        #expect(RecoveryCode.normalized("123456") == nil, "a one-time code is not a recovery code")
        #expect(RecoveryCode.normalized("aaaa-aaaa-aaaa-aaa1") == nil)
    }

    @Test func devicesAreNamedAsPeopleKnowThem() {
        let cases: [(String, String)] = [
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                "Safari on iPhone"
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0 Mobile Safari/537.36",
                "Samsung Internet on Android"
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0",
                "Edge on Windows"
            ),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.2; rv:121.0) Gecko/20100101 Firefox/121.0", "Firefox on macOS"),
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", "Chrome on Linux"),
            ("curl/8.5.0", "curl"),
            ("", "An unknown browser"),
        ]
        for (agent, name) in cases { #expect(DeviceName.describe(userAgent: agent) == name, "\(agent)") }
    }
}
