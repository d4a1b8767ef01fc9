-- revision: 0010
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE project_settings (
	"key" VARCHAR(100) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE questionnaires (
	id INTEGER NOT NULL, 
	form_id VARCHAR(100) NOT NULL, 
	title TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (form_id)
);
CREATE TABLE questionnaire_versions (
	id INTEGER NOT NULL, 
	uuid CHAR(32) NOT NULL, 
	questionnaire_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	version_label TEXT NOT NULL, 
	definition TEXT NOT NULL, 
	fingerprint VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(questionnaire_id) REFERENCES questionnaires (id), 
	UNIQUE (questionnaire_id, number), 
	UNIQUE (uuid)
);
CREATE INDEX ix_questionnaire_versions_fingerprint ON questionnaire_versions (fingerprint);
CREATE TABLE interviews (
	id INTEGER NOT NULL, 
	uuid CHAR(32) NOT NULL, 
	version_id INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	site TEXT NOT NULL, 
	interviewer TEXT NOT NULL, 
	interview_date VARCHAR(10) NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	updated_at DATETIME NOT NULL, 
	current_question TEXT NOT NULL, 
	source_key VARCHAR(200), 
	deleted_at DATETIME, origin_laptop VARCHAR(32), had_conflict BOOLEAN DEFAULT '0' NOT NULL, started_by VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(version_id) REFERENCES questionnaire_versions (id), 
	UNIQUE (source_key), 
	UNIQUE (uuid)
);
CREATE INDEX ix_interviews_interview_date ON interviews (interview_date);
CREATE INDEX ix_interviews_site ON interviews (site);
CREATE INDEX ix_interviews_version_status ON interviews (version_id, status);
CREATE TABLE participant_code_digests (
	interview_id INTEGER NOT NULL, 
	slot INTEGER NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	PRIMARY KEY (interview_id, slot), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE
);
CREATE INDEX ix_participant_code_digests_lookup ON participant_code_digests (slot, digest);
CREATE TABLE interviewers (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE attachments (
	interview_id INTEGER NOT NULL, 
	question VARCHAR(64) NOT NULL, 
	file_name TEXT NOT NULL, 
	content BLOB NOT NULL, 
	added_at DATETIME NOT NULL, 
	PRIMARY KEY (interview_id, question), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE
);
CREATE TABLE "answer_corrections" (
	id INTEGER NOT NULL, 
	interview_id INTEGER NOT NULL, 
	question VARCHAR(64) NOT NULL, 
	old_status INTEGER, 
	old_value TEXT, 
	new_status INTEGER NOT NULL, 
	new_value TEXT, 
	corrected_by TEXT NOT NULL, 
	corrected_at DATETIME NOT NULL, 
	uuid CHAR(32), 
	laptop_id VARCHAR(32), instance VARCHAR(40) DEFAULT '' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_answer_corrections_uuid UNIQUE (uuid), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE
);
CREATE INDEX ix_answer_corrections_interview_id ON answer_corrections (interview_id);
CREATE TABLE interview_events (
	id INTEGER NOT NULL, 
	uuid CHAR(32) NOT NULL, 
	interview_id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	happened_at DATETIME NOT NULL, 
	laptop_id VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE, 
	UNIQUE (uuid)
);
CREATE INDEX ix_interview_events_interview_id ON interview_events (interview_id);
CREATE TABLE duplicate_reviews (
	first_uuid CHAR(32) NOT NULL, 
	second_uuid CHAR(32) NOT NULL, 
	decision VARCHAR(16) NOT NULL, 
	decided_by TEXT NOT NULL, 
	decided_at DATETIME NOT NULL, 
	laptop_id VARCHAR(32), 
	PRIMARY KEY (first_uuid, second_uuid)
);
CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	sequence INTEGER NOT NULL, 
	at VARCHAR(32) NOT NULL, 
	actor TEXT NOT NULL, 
	action VARCHAR(64) NOT NULL, 
	subject TEXT NOT NULL, 
	details TEXT NOT NULL, 
	previous_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (sequence)
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TABLE themes (
	id INTEGER NOT NULL, 
	uuid CHAR(32) NOT NULL, 
	form_id VARCHAR(100) NOT NULL, 
	question VARCHAR(64) NOT NULL, 
	name VARCHAR(64) NOT NULL, 
	label TEXT NOT NULL, 
	description TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (uuid), 
	UNIQUE (form_id, question, name)
);
CREATE TABLE theme_codings (
	interview_id INTEGER NOT NULL, 
	question VARCHAR(64) NOT NULL, 
	coder VARCHAR(200) NOT NULL, 
	not_codable BOOLEAN NOT NULL, 
	coded_by TEXT NOT NULL, 
	coded_at DATETIME NOT NULL, 
	PRIMARY KEY (interview_id, question, coder), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE
);
CREATE TABLE theme_codes (
	interview_id INTEGER NOT NULL, 
	question VARCHAR(64) NOT NULL, 
	coder VARCHAR(200) NOT NULL, 
	theme_id INTEGER NOT NULL, 
	PRIMARY KEY (interview_id, question, coder, theme_id), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE, 
	FOREIGN KEY(theme_id) REFERENCES themes (id) ON DELETE CASCADE
);
CREATE INDEX ix_theme_codes_theme ON theme_codes (theme_id, coder);
CREATE TABLE paper_entries (
	interview_id INTEGER NOT NULL, 
	form_id VARCHAR(100) NOT NULL, 
	sheet_number VARCHAR(40) NOT NULL, 
	entry INTEGER NOT NULL, 
	entered_by TEXT NOT NULL, 
	resolved_by TEXT NOT NULL, 
	resolved_at DATETIME, 
	PRIMARY KEY (interview_id), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE, 
	UNIQUE (form_id, sheet_number, entry)
);
CREATE TABLE people (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	secret_hash TEXT NOT NULL, 
	failed_sign_ins INTEGER DEFAULT '0' NOT NULL, 
	locked_until DATETIME, 
	active BOOLEAN DEFAULT 1 NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE "answers" (
	interview_id INTEGER NOT NULL, 
	question VARCHAR(64) NOT NULL, 
	status INTEGER NOT NULL, 
	value TEXT, 
	number FLOAT, 
	instance VARCHAR(40) DEFAULT '' NOT NULL, 
	CONSTRAINT answers_pkey PRIMARY KEY (interview_id, question, instance), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE
);
CREATE INDEX ix_answers_summary ON answers (question, status, value);
CREATE TABLE "answer_choices" (
	interview_id INTEGER NOT NULL, 
	question VARCHAR(64) NOT NULL, 
	choice VARCHAR(200) NOT NULL, 
	instance VARCHAR(40) DEFAULT '' NOT NULL, 
	CONSTRAINT answer_choices_pkey PRIMARY KEY (interview_id, question, instance, choice), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE
);
CREATE INDEX ix_answer_choices_question ON answer_choices (question, choice);
CREATE TABLE theme_removals (
	uuid CHAR(32) NOT NULL, 
	form_id VARCHAR(100) NOT NULL, 
	question VARCHAR(64) NOT NULL, 
	name VARCHAR(64) NOT NULL, 
	merged_into CHAR(32), 
	removed_at DATETIME NOT NULL, 
	laptop_id VARCHAR(32), 
	PRIMARY KEY (uuid)
);
CREATE TABLE coding_clearings (
	interview_id INTEGER NOT NULL, 
	question VARCHAR(64) NOT NULL, 
	coder VARCHAR(200) NOT NULL, 
	cleared_by TEXT NOT NULL, 
	cleared_at DATETIME NOT NULL, 
	PRIMARY KEY (interview_id, question, coder), 
	FOREIGN KEY(interview_id) REFERENCES interviews (id) ON DELETE CASCADE
);
INSERT INTO alembic_version (version_num) VALUES ('0010');
