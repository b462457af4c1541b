import GRDB

/// How many orders each buyer has in each tab, kept by triggers so that "My orders" shows its tab
/// counts with one indexed read: counting a busy buyer's 100,000 orders on every start and every
/// reload cost 10–18 ms, most of the first frame's budget.
enum TabCountMigration {
    /// The trigger that counts a new order; a bulk load sets it aside and counts at the end.
    static let countOnInsert = "buyer_tab_count_on_insert"
    /// The triggers that keep the counts: a bulk load sets them aside and counts once at the end.
    static let triggers = [countOnInsert, "buyer_tab_count_on_update", "buyer_tab_count_on_delete"]

    /// Adds the orders of the buyers whose ids lie in `lower..<upper` to their tab counts, by one
    /// `GROUP BY` (for a bulk load that inserted them with the trigger set aside).
    static func addCounts(ofBuyersFrom lower: String, below upper: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO buyer_tab_count (buyer_id, tab, count)
                SELECT buyer_id, tab, COUNT(*) FROM orders WHERE buyer_id >= ? AND buyer_id < ? GROUP BY buyer_id, tab
                ON CONFLICT (buyer_id, tab) DO UPDATE SET count = count + excluded.count
            """, arguments: [lower, upper])
    }

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE buyer_tab_count (
                buyer_id TEXT NOT NULL,
                tab INTEGER NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (buyer_id, tab)
            ) WITHOUT ROWID;

            INSERT INTO buyer_tab_count (buyer_id, tab, count)
                SELECT buyer_id, tab, COUNT(*) FROM orders GROUP BY buyer_id, tab;

            CREATE TRIGGER buyer_tab_count_on_insert AFTER INSERT ON orders BEGIN
                INSERT INTO buyer_tab_count (buyer_id, tab, count) VALUES (NEW.buyer_id, NEW.tab, 1)
                    ON CONFLICT (buyer_id, tab) DO UPDATE SET count = count + 1;
            END;

            CREATE TRIGGER buyer_tab_count_on_update AFTER UPDATE OF buyer_id, tab ON orders
            WHEN OLD.buyer_id IS NOT NEW.buyer_id OR OLD.tab IS NOT NEW.tab BEGIN
                UPDATE buyer_tab_count SET count = count - 1 WHERE buyer_id = OLD.buyer_id AND tab = OLD.tab;
                INSERT INTO buyer_tab_count (buyer_id, tab, count) VALUES (NEW.buyer_id, NEW.tab, 1)
                    ON CONFLICT (buyer_id, tab) DO UPDATE SET count = count + 1;
            END;

            CREATE TRIGGER buyer_tab_count_on_delete AFTER DELETE ON orders BEGIN
                UPDATE buyer_tab_count SET count = count - 1 WHERE buyer_id = OLD.buyer_id AND tab = OLD.tab;
            END;
            """)
    }
}
