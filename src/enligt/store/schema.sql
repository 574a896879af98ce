-- enligt corpus database (SQLite; schema_pg.sql is the PostgreSQL twin). Each statement is separated by a line holding only ";;".
-- Spans are character offsets into articles.text (Article.text: title and paragraphs joined by a blank line).

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
;;
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- the page URL, else the input path: one stored version per key
    content_hash TEXT NOT NULL,        -- sha256 of the decoded page: same key + same hash = unchanged
    input TEXT NOT NULL,
    url TEXT,
    kind TEXT NOT NULL,
    encoding TEXT,
    fetched TEXT,
    outlet TEXT,
    outlet_key TEXT,
    language TEXT,
    title TEXT,
    lead TEXT,
    authors TEXT NOT NULL,             -- JSON list
    published TEXT,
    updated TEXT,
    day TEXT,                          -- YYYY-MM-DD: published, else updated, else fetched
    text TEXT NOT NULL,
    article_json TEXT NOT NULL,        -- Article.to_dict(): body, captions, headings, related, boilerplate
    notes TEXT NOT NULL,               -- JSON list
    n_attributions INTEGER NOT NULL DEFAULT 0,
    n_quantities INTEGER NOT NULL DEFAULT 0,
    ingested TEXT NOT NULL
)
;;
CREATE INDEX IF NOT EXISTS articles_day ON articles(day)
;;
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet_key)
;;
CREATE INDEX IF NOT EXISTS articles_lang ON articles(language)
;;
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)
;;
CREATE TABLE IF NOT EXISTS attributions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,              -- index in Analysis.attributions
    source TEXT,
    source_name TEXT,
    source_key TEXT,                   -- merged identity (crossref.source_key), NULL for sourceless hearsay
    source_type TEXT,
    cue TEXT,
    content TEXT NOT NULL,
    kind TEXT NOT NULL,
    hearsay INTEGER NOT NULL,
    via TEXT NOT NULL,                 -- JSON list, innermost first
    source_start INTEGER, source_end INTEGER,
    cue_start INTEGER, cue_end INTEGER,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL
)
;;
CREATE INDEX IF NOT EXISTS attributions_article ON attributions(article_id)
;;
CREATE INDEX IF NOT EXISTS attributions_source ON attributions(source_key)
;;
CREATE TABLE IF NOT EXISTS quantities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    value REAL NOT NULL,
    approx INTEGER NOT NULL,
    measure TEXT NOT NULL,
    subject TEXT NOT NULL,
    attribution_idx INTEGER,
    text TEXT NOT NULL,
    number_start INTEGER NOT NULL, number_end INTEGER NOT NULL,
    high REAL,                       -- the high end of a range (schema 3)
    qkey TEXT NOT NULL DEFAULT ''      -- Quantity.key: what the figure counts, for conflicts (schema 3)
)
;;
CREATE INDEX IF NOT EXISTS quantities_article ON quantities(article_id)
;;
CREATE INDEX IF NOT EXISTS quantities_measure ON quantities(measure)
;;
CREATE TABLE IF NOT EXISTS conflicts (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    measure TEXT NOT NULL,
    subject TEXT NOT NULL,
    quantities TEXT NOT NULL           -- JSON list of quantity idx
)
;;
CREATE INDEX IF NOT EXISTS conflicts_article ON conflicts(article_id)
;;
CREATE TABLE IF NOT EXISTS headline_claims (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    attribution_idx INTEGER NOT NULL,  -- the body attribution the headline asserts as fact
    overlap REAL NOT NULL,
    PRIMARY KEY (article_id, attribution_idx)
)
;;
-- Holds Snowball stems of each article's words (store/stems.py), not the words as written (schema 2).
CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
    title, body, claims, tokenize = 'unicode61 remove_diacritics 2'
)
