-- What SQLite alone takes to write what a sweep of the bench's 100,000 due disputes writes, in
-- Parley's schema with its indexes, in the form most favourable to SQLite: a few set-based
-- statements in one transaction, no Swift, no JSON, no hashing. A floor for `Store.sweep`, not a
-- replacement: the rows are stand-ins of the real rows' sizes, not the real events.
--
-- Per due dispute, as the real sweep writes on average (85,715 disputes changed: 285,718 dispute
-- events, ~114,000 order events, ~457,000 notifications, each dispute's state ~400 bytes longer):
-- 3 dispute events (300-byte payloads), 1 or 2 order events, both stream heads moved, 5
-- notifications, the dispute row rewritten with its indexed columns, two orders in three rewritten.
--
-- Usage (the bench's sweep database: 100,000 orders, each with a dispute, swept 8 days on):
--   parley seed --db /tmp/floor.sqlite --now 2026-11-24T12:00:00Z --orders 100000 --disputes 100000
--   time sqlite3 /tmp/floor.sqlite < Benchmarks/sweep-floor.sql
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -65536;
.timer on
-- 2 Dec 2026 12:00 UTC: the bench's sweep horizon.
CREATE TEMP TABLE due AS
    SELECT key, id, order_id, buyer_id, shop_id FROM dispute
    WHERE next_deadline IS NOT NULL AND next_deadline <= 1796212800000
    ORDER BY next_deadline, key LIMIT 85715;
CREATE TEMP TABLE n (i INTEGER);
INSERT INTO n VALUES (1), (2), (3), (4), (5);
BEGIN;
INSERT INTO event (stream, position, at, actor, kind, payload, previous_hash, hash)
    SELECT 'dispute:' || d.id, h.position + n.i, 1796212800000, 'system', 'deadlineMissed',
           hex(randomblob(150)), hex(randomblob(32)), hex(randomblob(32))
    FROM temp.due d JOIN stream_head h ON h.stream = 'dispute:' || d.id JOIN temp.n ON n.i <= 3
    ORDER BY d.rowid, n.i;
INSERT INTO event (stream, position, at, actor, kind, payload, previous_hash, hash)
    SELECT 'order:' || d.order_id, h.position + n.i, 1796212800000, 'system', 'refundIssued',
           hex(randomblob(110)), hex(randomblob(32)), hex(randomblob(32))
    FROM temp.due d JOIN stream_head h ON h.stream = 'order:' || d.order_id JOIN temp.n ON n.i <= 1 + (d.key % 3 != 0)
    ORDER BY d.rowid, n.i;
UPDATE stream_head SET position = position + 3, hash = hex(randomblob(32))
    WHERE stream IN (SELECT 'dispute:' || id FROM temp.due);
UPDATE stream_head SET position = position + 2, hash = hex(randomblob(32))
    WHERE stream IN (SELECT 'order:' || order_id FROM temp.due);
INSERT INTO notification (recipient, dispute_id, event_sequence, at, title, text)
    SELECT CASE WHEN n.i % 2 = 0 THEN 'buyer:' || d.buyer_id ELSE 'seller:' || d.shop_id END, d.id, 1, 1796212800000,
           substr(hex(randomblob(20)), 1, 30), substr(hex(randomblob(60)), 1, 115)
    FROM temp.due d JOIN temp.n
    ORDER BY d.rowid, n.i;
UPDATE dispute SET state = state || substr(hex(randomblob(200)), 1, 400),
                   next_deadline = CASE WHEN key % 3 = 0 THEN next_deadline + 86400000 END,
                   stage = 'closed', shop_sort = key, escalated = (key % 3 = 0), decision_sort = key,
                   version = version + 1, last_event_at = 1796212800000
    WHERE key IN (SELECT key FROM temp.due);
UPDATE orders SET state = state || substr(hex(randomblob(50)), 1, 90), tab = 3, version = version + 1, next_deadline = NULL
    WHERE id IN (SELECT order_id FROM temp.due WHERE key % 3 != 0);
COMMIT;
