-- The newest published stories, in the exact order the front page, its later pages and the site's feeds list them
-- (published_at DESC, id DESC), so those lists read the first rows of this index and stop. Without it, on a site of
-- 100,000 stories SQLite 3.50 planned the front page's query from the eight sections through
-- article_by_section_published and sorted every published story: 340 ms a request (bench/bigsite.sh). Partial: only
-- published stories, the only ones these lists show.
CREATE INDEX article_published_newest_first ON article (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
