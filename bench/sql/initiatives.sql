-- Initiatives led by ward police with one or two residential groups as partners, three indicators each (one lower is
-- better), and a value every quarter from the start up to today.
SET bench.seed = :'seed';
INSERT INTO initiatives (id, name, kind, category, description, lead_unit_id, start_date, end_date, status, version, created_at, updated_at)
SELECT bench_id(11, i.n), t.name || ' — ' || u.name, t.kind, t.category, NULL, bench_id(6, i.ward), i.start_date,
       CASE WHEN i.status = 'Completed' THEN i.start_date + 730 END, i.status, 1, now(), now()
FROM (SELECT n, bench_pick(n, 'ward', 600) + 1 AS ward, bench_pick(n, 'template', 5) + 1 AS template,
             date '2018-01-01' + bench_pick(n, 'start', 2500) AS start_date,
             (ARRAY['Active','Active','Active','Active','Active','Active','Completed','Completed','Suspended','Proposed'])[bench_pick(n, 'status', 10) + 1] AS status
      FROM generate_series(1, round(10000 * :scale)::bigint) n) i
JOIN (VALUES (1, 'Mô hình "Tổ dân phố an toàn về an ninh, trật tự"', 'Model', 'SafeCommunity'),
             (2, 'Tổ liên gia an toàn phòng cháy, chữa cháy', 'Model', 'FireSafety'),
             (3, 'Chuyên đề phòng, chống trộm cắp tài sản', 'Topic', 'TheftPrevention'),
             (4, 'Quản lý người tạm trú tại phòng trọ', 'Model', 'ResidenceManagement'),
             (5, 'Cao điểm tấn công, trấn áp tội phạm', 'Campaign', 'CrimePrevention')) AS t(template, name, kind, category) ON t.template = i.template
JOIN units u ON u.id = bench_id(4, i.ward);
INSERT INTO initiative_partners (initiative_id, unit_id)
SELECT DISTINCT bench_id(11, n), bench_id(7, (bench_pick(n, 'ward', 600)) * 10 + g)
FROM generate_series(1, round(10000 * :scale)::bigint) n, generate_series(1, 2) g
WHERE g <= bench_pick(n, 'partners', 2) + 1;
INSERT INTO indicators (id, initiative_id, name, unit, target, baseline, direction, position)
SELECT bench_id(12, (n - 1) * 3 + j), bench_id(11, n),
       (ARRAY['Tổ liên gia an toàn PCCC được thành lập', 'Số vụ phạm pháp hình sự', 'Hộ gia đình có bình chữa cháy'])[j],
       (ARRAY['tổ', 'vụ', '%'])[j],
       (ARRAY[20 + bench_pick(n, 'target', 20), 2 + bench_pick(n, 'target', 3), 100])[j],
       (ARRAY[NULL, 15 + bench_pick(n, 'baseline', 10), 30])[j],
       (ARRAY['HigherIsBetter', 'LowerIsBetter', 'HigherIsBetter'])[j], j - 1
FROM generate_series(1, round(10000 * :scale)::bigint) n, generate_series(1, 3) j;
INSERT INTO measurements (id, indicator_id, value, measured_on, note, recorded_at)
SELECT bench_id(13, ((i.n - 1) * 3 + j) * 16 + q), bench_id(12, (i.n - 1) * 3 + j),
       CASE j WHEN 1 THEN 2 * q + bench_pick(i.n, 'v1', 3) WHEN 2 THEN greatest(15 - q, 0) + bench_pick(i.n, 'v2', 4) ELSE least(30 + 5 * q, 100) END,
       i.start_date + 91 * q, NULL, now()
FROM (SELECT n, date '2018-01-01' + bench_pick(n, 'start', 2500) AS start_date FROM generate_series(1, round(10000 * :scale)::bigint) n) i,
     generate_series(1, 3) j, generate_series(0, 15) q
WHERE i.start_date + 91 * q <= current_date
  AND bench_pick(i.n, 'status', 10) <> 9                                  -- a proposal is not measured yet
  AND (bench_pick(i.n, 'status', 10) NOT IN (6, 7) OR 91 * q <= 730);     -- a completed one not after its end
