-- Deterministic helpers for the generator (dropped at the end): ids made from a table number and a row number, and a
-- pseudo-random pick in 0..m-1 from a row number, a salt and the seed (a hash, so the data depend on nothing else).
CREATE OR REPLACE FUNCTION bench_id(kind int, n bigint) RETURNS uuid IMMUTABLE LANGUAGE sql AS
$$ SELECT ('00000000-0000-7000-' || lpad(kind::text, 4, '0') || '-' || lpad(n::text, 12, '0'))::uuid $$;
CREATE OR REPLACE FUNCTION bench_pick(n bigint, salt text, m int) RETURNS int STABLE LANGUAGE sql AS
$$ SELECT (abs(hashtextextended(n::text || '/' || salt, current_setting('bench.seed')::bigint)) % m)::int $$;
CREATE TABLE IF NOT EXISTS bench_names (list text PRIMARY KEY, items text[] NOT NULL);
INSERT INTO bench_names VALUES
 ('family', ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý','Đinh','Trịnh','Đoàn','Lương']),
 ('middle', ARRAY['Văn','Thị','Hữu','Đức','Minh','Thanh','Quang','Ngọc','Xuân','Thu','Hồng','Thế','Kim','Mạnh','Bảo']),
 ('given', ARRAY['An','Bình','Châu','Dũng','Giang','Hà','Hải','Hiếu','Hoa','Hùng','Hương','Khánh','Lan','Linh','Long','Mai','Nam','Nga','Phong','Phượng','Phương','Quân','Sơn','Tâm','Thắng','Thảo','Trung','Tuấn','Việt','Yến','Đức','Hạnh','Nhung','Tùng','Cường']),
 ('rank', ARRAY['Thiếu úy','Trung úy','Thượng úy','Đại úy','Thiếu tá','Trung tá','Thượng tá']),
 ('position', ARRAY['Tổ trưởng tổ dân phố','Bí thư chi bộ','Trưởng ban công tác Mặt trận','Tổ viên tổ an ninh','Công an khu vực','Chi hội trưởng chi hội phụ nữ','Đội trưởng đội dân phòng','Tổ trưởng tổ liên gia an toàn PCCC']),
 ('district', ARRAY['Ba Đình','Hoàn Kiếm','Tây Hồ','Long Biên','Cầu Giấy','Đống Đa','Hai Bà Trưng','Hoàng Mai','Thanh Xuân','Nam Từ Liêm','Bắc Từ Liêm','Hà Đông','Sơn Tây','Ba Vì','Phúc Thọ','Đan Phượng','Hoài Đức','Quốc Oai','Thạch Thất','Chương Mỹ','Thanh Oai','Thường Tín','Phú Xuyên','Ứng Hòa','Mỹ Đức','Sóc Sơn','Đông Anh','Gia Lâm','Mê Linh','Thanh Trì']),
 ('ward', ARRAY['Định Công','Thịnh Liệt','Hoàng Liệt','Tân Mai','Giáp Bát','Mai Động','Vĩnh Hưng','Yên Sở','Lĩnh Nam','Trần Phú','Phúc Xá','Trúc Bạch','Kim Mã','Ngọc Hà','Quán Thánh','Điện Biên','Hàng Bông','Phương Mai','Khương Thượng','Quang Trung']);
