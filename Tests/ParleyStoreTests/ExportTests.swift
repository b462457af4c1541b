import Foundation
import ParleyCore
import Testing
@testable import ParleyStore

@Suite struct ExportTests {
    @Test func csvExportParsesBackToOneRowPerDispute() throws {
        let demo = try DemoDatabase.shared.get()
        var text = ""
        try demo.store.exportDisputes(format: .csv) { text += $0 }
        let rows = CSV.parse(text)
        #expect(rows.first == DisputeExportRow.columns)
        #expect(rows.count == demo.summary.disputes + 1)
        #expect(rows.dropFirst().allSatisfy { $0.count == DisputeExportRow.columns.count })
        #expect(Set(rows.dropFirst().map { $0[0] }).count == demo.summary.disputes)
    }

    @Test func jsonExportDecodesBack() throws {
        let demo = try DemoDatabase.shared.get()
        var text = ""
        try demo.store.exportDisputes(format: .json) { text += $0 }
        let rows = try JSONDecoder().decode([DisputeExportRow].self, from: Data(text.utf8))
        #expect(rows.count == demo.summary.disputes)
        #expect(Set(rows.map(\.reason)) == Set(ClaimReason.allCases.map(\.rawValue)))
    }

    @Test func hostileTextSurvivesBothFormats() throws {
        let fixture = try StoreFixture()
        try fixture.store.addBuyer(Person(id: "amara", name: "O\"Brien, \"Amara\"\nline two\u{202E}", country: "NG"))
        try fixture.store.addShop(Person(id: "northwind", name: "Shop, Inc.", country: "CN"))
        let orderID = try MarketFixture.storeWithOrder(fixture)
        _ = try MarketFixture.openDispute(fixture.store, on: orderID)
        var csv = ""
        try fixture.store.exportDisputes(format: .csv) { csv += $0 }
        let rows = CSV.parse(csv)
        #expect(rows[1][3] == "O\"Brien, \"Amara\"\nline two\u{202E}")
        #expect(rows[1][5] == "Shop, Inc.")
        var json = ""
        try fixture.store.exportDisputes(format: .json) { json += $0 }
        #expect(try JSONDecoder().decode([DisputeExportRow].self, from: Data(json.utf8)).first?.buyerName == "O\"Brien, \"Amara\"\nline two\u{202E}")
    }

    @Test func anEmptyDatabaseExportsAnEmptyList() throws {
        let fixture = try StoreFixture()
        var json = ""
        try fixture.store.exportDisputes(format: .json) { json += $0 }
        #expect(try JSONDecoder().decode([DisputeExportRow].self, from: Data(json.utf8)).isEmpty)
    }
}
