/// Column counting for the table: "≤" and "µ" are one column each, so counting Characters is right here.
enum TextColumns {
    static func width(_ text: String) -> Int { text.count }
}
