-- People of the residential groups with Vietnamese names (diacritics), a few ranks and positions, half with a phone;
-- one in fifty a collective.
SET bench.seed = :'seed';
INSERT INTO participants (id, kind, full_name, rank, positions, unit_id, phone, is_placeholder, version, created_at, updated_at)
SELECT bench_id(8, n),
       CASE WHEN bench_pick(n, 'kind', 50) = 0 THEN 'Collective' ELSE 'Individual' END,
       CASE WHEN bench_pick(n, 'kind', 50) = 0 THEN 'Chi hội ' || (ARRAY['phụ nữ','cựu chiến binh','người cao tuổi','thanh niên'])[bench_pick(n, 'group', 4) + 1] || ' tổ ' || (n % 10 + 1)
            ELSE f.items[bench_pick(n, 'family', 20) + 1] || ' ' || m.items[bench_pick(n, 'middle', 15) + 1] || ' ' || g.items[bench_pick(n, 'given', 35) + 1] END,
       CASE WHEN bench_pick(n, 'rank', 20) = 0 THEN r.items[bench_pick(n, 'rankname', 7) + 1] END,
       CASE bench_pick(n, 'positions', 4) WHEN 0 THEN ARRAY[p.items[bench_pick(n, 'p1', 8) + 1]]
            WHEN 1 THEN ARRAY[p.items[bench_pick(n, 'p1', 8) + 1], p.items[(bench_pick(n, 'p1', 8) + 1) % 8 + 1]] ELSE '{}'::text[] END,
       bench_id(7, bench_pick(n, 'unit', 6000) + 1),
       CASE WHEN n % 2 = 0 THEN '09' || lpad((n % 100000000)::text, 8, '0') END,
       false, 1, now(), now()
FROM generate_series(1, round(1000000 * :scale)::bigint) n,
     (SELECT items FROM bench_names WHERE list = 'family') f, (SELECT items FROM bench_names WHERE list = 'middle') m,
     (SELECT items FROM bench_names WHERE list = 'given') g, (SELECT items FROM bench_names WHERE list = 'rank') r,
     (SELECT items FROM bench_names WHERE list = 'position') p;
