create table agent_teams (
    id          uuid primary key,
    version     bigint not null,
    name        varchar(100) not null unique,
    description varchar(500)
);

create table agent_skills (
    id      uuid primary key,
    version bigint not null,
    name    varchar(100) not null unique
);

create table agents (
    id            uuid primary key,
    version       bigint not null,
    username      varchar(64) not null unique,
    name          varchar(200) not null,
    email         varchar(254) not null unique,
    password_hash varchar(100) not null,
    presence      varchar(20) not null,
    active        boolean not null,
    created_at    timestamp with time zone not null
);

create table agent_roles (
    agent_id uuid not null references agents (id),
    role     varchar(20) not null,
    primary key (agent_id, role)
);

create table agent_languages (
    agent_id uuid not null references agents (id),
    language varchar(16) not null,
    primary key (agent_id, language)
);

create table agent_team_members (
    agent_id uuid not null references agents (id),
    team_id  uuid not null references agent_teams (id),
    primary key (agent_id, team_id)
);

create table agent_skill_links (
    agent_id uuid not null references agents (id),
    skill_id uuid not null references agent_skills (id),
    primary key (agent_id, skill_id)
);
