-- Events of the wards over 2016–2026 (a tenth festivals with counted services); past ones completed (a few cancelled),
-- future ones scheduled (a few drafts); a third organised by the ward police.
SET bench.seed = :'seed';
INSERT INTO events (id, title, kind, description, starts_at, ends_at, venue, host_unit_id, organizer_unit_id, status, closed_at,
                    services, agenda, times_are_tentative, version, created_at, updated_at)
SELECT bench_id(9, e.n),
       CASE e.kind WHEN 'Festival' THEN 'Ngày hội "Toàn dân bảo vệ an ninh Tổ quốc" năm ' || extract(year FROM e.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')
                   WHEN 'Meeting' THEN 'Hội nghị sơ kết phong trào bảo vệ an ninh Tổ quốc'
                   WHEN 'Drill' THEN 'Diễn tập phòng cháy, chữa cháy và cứu nạn, cứu hộ'
                   WHEN 'Outreach' THEN 'Tuyên truyền phòng, chống tội phạm trộm cắp tài sản'
                   ELSE 'Lễ ra mắt mô hình tổ dân phố an toàn về an ninh, trật tự' END || ' — ' || u.name,
       e.kind, NULL, e.starts_at, e.starts_at + interval '2 hours', 'Nhà văn hóa ' || u.name,
       bench_id(5, e.ward), CASE WHEN bench_pick(e.n, 'organizer', 3) = 0 THEN bench_id(6, e.ward) END,
       e.status, CASE WHEN e.status IN ('Completed', 'Cancelled') THEN e.starts_at + interval '2 hours' END,
       CASE e.kind WHEN 'Festival' THEN jsonb_build_array(
            jsonb_build_object('Kind', 'CitizenId', 'Count', bench_pick(e.n, 'cccd', 200), 'Description', NULL),
            jsonb_build_object('Kind', 'ResidenceRegistration', 'Count', bench_pick(e.n, 'cutru', 80), 'Description', NULL),
            jsonb_build_object('Kind', 'PolicyFamilyVisit', 'Count', NULL, 'Description', NULL)) ELSE '[]'::jsonb END,
       '[]'::jsonb, false, 1, now(), now()
FROM (SELECT n, bench_pick(n, 'ward', 600) + 1 AS ward,
             (ARRAY['Festival','Meeting','Meeting','Drill','Outreach','Outreach','Ceremony','Meeting','Drill','Outreach'])[bench_pick(n, 'kind', 10) + 1] AS kind,
             timestamptz '2016-01-01 08:00+07' + bench_pick(n, 'day', 4015) * interval '1 day' + bench_pick(n, 'hour', 12) * interval '1 hour' AS starts_at,
             CASE WHEN timestamptz '2016-01-01 08:00+07' + bench_pick(n, 'day', 4015) * interval '1 day' < now()
                  THEN CASE WHEN bench_pick(n, 'status', 50) = 0 THEN 'Cancelled' ELSE 'Completed' END
                  ELSE CASE WHEN bench_pick(n, 'status', 50) = 0 THEN 'Draft' ELSE 'Scheduled' END END AS status
      FROM generate_series(1, round(100000 * :scale)::bigint) n) e
JOIN units u ON u.id = bench_id(4, e.ward);
