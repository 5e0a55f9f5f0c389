-- Five people on each event's list: at a completed event four in five checked in, the rest absent; otherwise invited.
SET bench.seed = :'seed';
INSERT INTO attendances (id, event_id, participant_id, role, status, checked_in_at, code, version, created_at, updated_at)
SELECT bench_id(10, a.n), ev.id,
       bench_id(8, (bench_pick(a.e, 'list', a.people) + a.k * (a.people / 5)) % a.people + 1),
       CASE a.k WHEN 0 THEN 'Organizer' WHEN 1 THEN 'Guest' ELSE 'Attendee' END,
       CASE WHEN ev.status = 'Completed' THEN CASE WHEN bench_pick(a.n, 'came', 5) = 0 THEN 'Absent' ELSE 'CheckedIn' END ELSE 'Invited' END,
       CASE WHEN ev.status = 'Completed' AND bench_pick(a.n, 'came', 5) <> 0 THEN ev.starts_at + bench_pick(a.n, 'minute', 40) * interval '1 minute' END,
       upper(lpad(to_hex(a.n), 10, '0')), 1, now(), now()
FROM (SELECT n, (n - 1) / 5 + 1 AS e, (n - 1) % 5 AS k, round(1000000 * :scale)::int AS people
      FROM generate_series(1, round(500000 * :scale)::bigint) n) a
JOIN events ev ON ev.id = bench_id(9, a.e);
