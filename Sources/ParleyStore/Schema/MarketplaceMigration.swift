import GRDB

/// People, orders, disputes and notifications. Each order and dispute keeps its whole domain value
/// as JSON in `state` (the truth) plus the columns lists sort and filter on (derived from it on every
/// write). `key` is an integer row id used as the keyset tiebreaker.
enum MarketplaceMigration {
    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE buyer (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                country TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE shop (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                country TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE orders (
                key INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                buyer_id TEXT NOT NULL,
                shop_id TEXT NOT NULL,
                title TEXT NOT NULL,
                status TEXT NOT NULL,
                -- 1 awaiting delivery, 2 in dispute, 3 completed, 0 none of these (the buyer's tabs)
                tab INTEGER NOT NULL,
                amount_minor INTEGER NOT NULL,
                currency TEXT NOT NULL,
                paid_at INTEGER NOT NULL,
                protection_end INTEGER NOT NULL,
                -- when time alone next changes the order (automatic confirmation, release of funds)
                next_deadline INTEGER,
                dispute_id TEXT,
                version INTEGER NOT NULL,
                state TEXT NOT NULL
            );
            CREATE INDEX order_by_buyer ON orders (buyer_id, paid_at DESC, key DESC);
            CREATE INDEX order_by_buyer_tab ON orders (buyer_id, tab, paid_at DESC, key DESC);
            CREATE INDEX order_by_shop ON orders (shop_id, paid_at DESC, key DESC);
            CREATE INDEX order_by_next_deadline ON orders (next_deadline) WHERE next_deadline IS NOT NULL;

            CREATE TABLE dispute (
                key INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                -- one dispute per order: a cancelled one is resumed, never opened again
                order_id TEXT NOT NULL UNIQUE REFERENCES orders (id),
                buyer_id TEXT NOT NULL,
                shop_id TEXT NOT NULL,
                reason TEXT NOT NULL,
                stage TEXT NOT NULL,
                is_open INTEGER NOT NULL,
                claimed_minor INTEGER NOT NULL,
                currency TEXT NOT NULL,
                opened_at INTEGER NOT NULL,
                last_event_at INTEGER NOT NULL,
                -- the pending deadline; NULL once decided
                next_deadline INTEGER,
                deadline_kind TEXT,
                waiting_on TEXT,
                -- next_deadline, or the largest integer so that decided disputes sort last
                shop_sort INTEGER NOT NULL,
                escalated INTEGER NOT NULL,
                -- the mediator's target while in mediation, else the largest integer
                decision_sort INTEGER NOT NULL,
                assignee TEXT,
                decision TEXT,
                refund_minor INTEGER,
                closed_at INTEGER,
                version INTEGER NOT NULL,
                state TEXT NOT NULL
            );
            CREATE INDEX dispute_by_shop ON dispute (shop_id, shop_sort, key);
            CREATE INDEX dispute_by_buyer ON dispute (buyer_id, opened_at DESC, key DESC);
            CREATE INDEX dispute_staff_queue ON dispute (decision_sort, key) WHERE escalated = 1;
            CREATE INDEX dispute_by_next_deadline ON dispute (next_deadline) WHERE next_deadline IS NOT NULL;
            CREATE INDEX dispute_by_stage ON dispute (stage);

            CREATE TABLE notification (
                key INTEGER PRIMARY KEY,
                recipient TEXT NOT NULL,
                dispute_id TEXT,
                event_sequence INTEGER,
                at INTEGER NOT NULL,
                title TEXT NOT NULL,
                text TEXT NOT NULL,
                is_read INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX notification_by_recipient ON notification (recipient, key DESC);
            CREATE INDEX notification_unread ON notification (recipient) WHERE is_read = 0;
            """)
    }
}
