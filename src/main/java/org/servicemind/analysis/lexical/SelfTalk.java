package org.servicemind.analysis.lexical;

import java.util.List;
import org.servicemind.analysis.Distortion;

/**
 * Result of self-talk analysis of a journal text.
 *
 * @param distortion overall 0..1
 * @param distortions each distortion found, ordered by start offset
 */
public record SelfTalk(double distortion, List<Distortion> distortions) {
}
