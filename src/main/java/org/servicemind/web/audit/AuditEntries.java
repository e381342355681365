package org.servicemind.web.audit;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, UUID> {

	Page<AuditEntry> findAllByOrderByAtDesc(Pageable pageable);

	Page<AuditEntry> findByActionStartingWithOrderByAtDesc(String prefix, Pageable pageable);
}
