-- whether the analysis engine read only the start of a very long customer message (its signals describe that start)
alter table ticket_messages add column analysis_truncated boolean not null default false;
