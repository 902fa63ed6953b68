import Foundation
import HallyuCore
import Testing

/// The JSON export's lines and times: what is written reads back as the same value, and the
/// same value always writes the same bytes.
@Suite struct ExportRecordTests {
    @Test func timesKeepTheirMicrosecondThroughTextAndBack() throws {
        for text in ["2026-12-06T22:13:35.771137Z", "1970-01-01T00:00:00.000000Z", "2024-02-29T23:59:59.999999Z", "1969-12-31T23:59:59.500000Z"] {
            let date = try #require(ExportTime.date(text), "\(text)")
            #expect(ExportTime.string(date) == text)
        }
        // A time a database holds as a double, a fraction of a microsecond off, writes as its nearest microsecond.
        #expect(ExportTime.string(Date(timeIntervalSince1970: 1_796_587_716.532_239_9)) == "2026-12-06T20:08:36.532240Z")
        for bad in [
            "2026-12-06T22:13:35Z", "2026-12-06T22:13:35.771137+09:00", "2023-02-29T00:00:00.000000Z", "2026-13-01T00:00:00.000000Z",
            "2026-12-06 22:13:35.771137Z", "", "2026-12-06T24:00:00.000000Z",
        ] {
            #expect(ExportTime.date(bad) == nil, "\(bad)")
        }
    }

    @Test func aLineReadsBackAsTheFieldsItWasWrittenFrom() throws {
        let fields: [(name: String, value: ExportValue)] = [
            ("id", .string("0b9f7c1e-8a1d-4f5e-9c77-3a2b1c0d9e8f")), ("title", .string("\"Quotes\", back\\slashes, 한소희 and 🎬")),
            ("body", .string("line one\nline two\r\ttab \u{01} \u{2028} end")), ("count", .int(-42)), ("score", .double(0.1 + 0.2)),
            ("featured", .bool(true)), ("hero", .null), ("aliases", .strings(["Han Sohee", "한소희", ""])), ("none", .strings([])),
        ]
        let line = ExportRecord.line(fields)
        #expect(!line.contains("\n") && !line.contains("\u{2028}"), "a record is one line")
        #expect(line.hasPrefix("{\"id\":\"0b9f7c1e"), "fields in the order given")
        let read = try ExportRecord.fields(of: Data(line.utf8)).get()
        #expect(read.count == fields.count)
        for field in fields { #expect(read[field.name] == field.value, "\(field.name)") }
        // And Foundation's own parser reads it as the same JSON.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(parsed["title"] as? String == "\"Quotes\", back\\slashes, 한소희 and 🎬")
        #expect(parsed["body"] as? String == "line one\nline two\r\ttab \u{01} \u{2028} end")
    }

    @Test func aLineThatIsNoRecordSaysWhy() {
        #expect(ExportRecord.fields(of: Data("{\"id\": ".utf8)) == .failure(.notJSON))
        #expect(ExportRecord.fields(of: Data("[1, 2]".utf8)) == .failure(.notAnObject))
        #expect(ExportRecord.fields(of: Data("null".utf8)) == .failure(.notAnObject))
        #expect(ExportRecord.fields(of: Data("{\"tags\": [1, 2]}".utf8)) == .failure(.unreadableField("tags")))
        #expect(ExportRecord.fields(of: Data("{\"meta\": {\"a\": 1}}".utf8)) == .failure(.unreadableField("meta")))
    }
}
