-- A city of 30 districts (Hà Nội's, by name), 20 wards each, and in each ward its People's Committee, its police and
-- 10 residential groups: 7,862 units, whatever the scale.
INSERT INTO units (id, name, kind, level, parent_id, version, created_at, updated_at) VALUES
 (bench_id(1, 1), 'Thành phố Hà Nội', 'Area', 'Province', NULL, 1, now(), now()),
 (bench_id(1, 2), 'UBND Thành phố Hà Nội', 'Authority', 'Province', bench_id(1, 1), 1, now(), now());
INSERT INTO units (id, name, kind, level, parent_id, version, created_at, updated_at)
SELECT bench_id(2, d), 'Quận ' || (SELECT items[d] FROM bench_names WHERE list = 'district'), 'Area', 'District', bench_id(1, 1), 1, now(), now()
FROM generate_series(1, 30) d;
INSERT INTO units (id, name, kind, level, parent_id, version, created_at, updated_at)
SELECT bench_id(3, d), 'UBND quận ' || (SELECT items[d] FROM bench_names WHERE list = 'district'), 'Authority', 'District', bench_id(2, d), 1, now(), now()
FROM generate_series(1, 30) d;
INSERT INTO units (id, name, kind, level, parent_id, version, created_at, updated_at)
SELECT bench_id(4, w), 'Phường ' || (SELECT items[(w - 1) % 20 + 1] FROM bench_names WHERE list = 'ward') || ', quận '
       || (SELECT items[(w - 1) / 20 + 1] FROM bench_names WHERE list = 'district'), 'Area', 'Commune', bench_id(2, (w - 1) / 20 + 1), 1, now(), now()
FROM generate_series(1, 600) w;
INSERT INTO units (id, name, kind, level, parent_id, version, created_at, updated_at)
SELECT bench_id(5, w), 'UBND ' || u.name, 'Authority', 'Commune', u.id, 1, now(), now() FROM generate_series(1, 600) w JOIN units u ON u.id = bench_id(4, w);
INSERT INTO units (id, name, kind, level, parent_id, version, created_at, updated_at)
SELECT bench_id(6, w), 'Công an ' || u.name, 'Police', 'Commune', u.id, 1, now(), now() FROM generate_series(1, 600) w JOIN units u ON u.id = bench_id(4, w);
INSERT INTO units (id, name, kind, level, parent_id, version, created_at, updated_at)
SELECT bench_id(7, g), 'Tổ dân phố ' || ((g - 1) % 10 + 1) || ', ' || u.name, 'ResidentialGroup', 'Grassroots', u.id, 1, now(), now()
FROM generate_series(1, 6000) g JOIN units u ON u.id = bench_id(4, (g - 1) / 10 + 1);
