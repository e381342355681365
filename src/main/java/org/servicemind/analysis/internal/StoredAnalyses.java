package org.servicemind.analysis.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredAnalyses extends JpaRepository<StoredAnalysis, UUID> {
}
