package org.servicemind.ticketing;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Macros: canned replies with placeholders and actions. */
@Service
@Transactional
public class MacroManagement {

	private final Macros macros;

	MacroManagement(Macros macros) {
		this.macros = macros;
	}

	@Transactional(readOnly = true)
	public List<MacroView> list() {
		return macros.findAllByOrderByNameAsc().stream().map(Macro::view).toList();
	}

	/** @throws TicketNotFound when no macro has this id */
	@Transactional(readOnly = true)
	public MacroView get(UUID id) {
		return load(id).view();
	}

	/** @throws IllegalArgumentException when the name is taken */
	public MacroView create(String name, String body, @Nullable TicketStatus setStatus, @Nullable String addTag) {
		if (macros.existsByName(name.strip())) {
			throw new IllegalArgumentException("a macro named " + name.strip() + " already exists");
		}
		return macros.save(new Macro(name, body, setStatus, addTag)).view();
	}

	public MacroView update(UUID id, String name, String body, @Nullable TicketStatus setStatus,
			@Nullable String addTag) {
		Macro macro = load(id);
		macro.edit(name, body, setStatus, addTag);
		return macro.view();
	}

	public void delete(UUID id) {
		macros.delete(load(id));
	}

	private Macro load(UUID id) {
		return macros.findById(id).orElseThrow(() -> TicketNotFound.forMacro(id));
	}
}
