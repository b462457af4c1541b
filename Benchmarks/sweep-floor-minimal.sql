-- A lower floor than sweep-floor.sql: what SQLite alone takes when each due dispute writes the least
-- a sweep could write and still record an outcome: one event (and its stream head), one notification
-- for the buyer, and the dispute row's list columns. A third of what Parley records per swept dispute
-- (3.3 dispute events, 1.3 order events, 5.3 notifications, the JSON state, two orders in three),
-- to show where SQLite itself stands against the 2 s target on this machine, not a design proposal.
-- The row keeps its JSON state, so the UPDATE still rewrites ~1 KB a dispute.
--
-- Usage (as for sweep-floor.sql: 100,000 orders, each with a dispute, swept 8 days on):
--   parley seed --db /tmp/floor.sqlite --now 2026-11-24T12:00:00Z --orders 100000 --disputes 100000
--   time sqlite3 /tmp/floor.sqlite < Benchmarks/sweep-floor-minimal.sql
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -65536;
.timer on
-- 2 Dec 2026 12:00 UTC: the bench's sweep horizon.
CREATE TEMP TABLE due AS
    SELECT key, id, order_id, buyer_id, shop_id FROM dispute
    WHERE next_deadline IS NOT NULL AND next_deadline <= 1796212800000
    ORDER BY next_deadline, key LIMIT 85715;
BEGIN;
INSERT INTO event (stream, position, at, actor, kind, payload, previous_hash, hash)
    SELECT 'dispute:' || d.id, h.position + 1, 1796212800000, 'system', 'deadlineMissed',
           hex(randomblob(150)), hex(randomblob(32)), hex(randomblob(32))
    FROM temp.due d JOIN stream_head h ON h.stream = 'dispute:' || d.id ORDER BY d.rowid;
UPDATE stream_head SET position = position + 1, hash = hex(randomblob(32))
    WHERE stream IN (SELECT 'dispute:' || id FROM temp.due);
INSERT INTO notification (recipient, dispute_id, event_sequence, at, title, text)
    SELECT 'buyer:' || d.buyer_id, d.id, 1, 1796212800000, substr(hex(randomblob(20)), 1, 30), substr(hex(randomblob(60)), 1, 115)
    FROM temp.due d ORDER BY d.rowid;
UPDATE dispute SET next_deadline = NULL, stage = 'closed', shop_sort = key, decision_sort = key, version = version + 1, last_event_at = 1796212800000
    WHERE key IN (SELECT key FROM temp.due);
COMMIT;
