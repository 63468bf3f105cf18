-- The media library: who uploaded each photo (they may edit it; editors may edit any), how the camera held it
-- (EXIF orientation, applied when variants are made), and indexes for the library's newest-first grid and for
-- finding the articles that use a photo as their hero. Photos from before this migration have no uploader.

ALTER TABLE photo ADD COLUMN uploaded_by BIGINT REFERENCES staff_user (id) ON DELETE SET NULL;
ALTER TABLE photo ADD COLUMN orientation INTEGER NOT NULL DEFAULT 1 CHECK (orientation BETWEEN 1 AND 8);

CREATE INDEX photo_by_created ON photo (created_at DESC, id DESC);
CREATE INDEX photo_by_uploader ON photo (uploaded_by);
CREATE INDEX article_by_hero_photo ON article (hero_photo_id);
