create table api_tokens (
    id           uuid primary key,
    name         varchar(100) not null,
    token_hash   varchar(64) not null unique,
    scopes       varchar(200) not null,
    agent_id     uuid not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked      boolean not null
);

create table audit_log (
    id         uuid primary key,
    at         timestamp with time zone not null,
    actor      varchar(200) not null,
    action     varchar(100) not null,
    target     varchar(200) not null,
    details    varchar(2000)
);
create index audit_log_at on audit_log (at);
