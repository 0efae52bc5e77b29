-- The database itself refuses to edit or delete an audit entry; only the sealer's one-time write of
-- seq, link_hash and sealed_at passes (see platform/audit/audit.service.ts).
CREATE FUNCTION "audit_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		-- Sealing: an unsealed entry gets its place in the chain, its content untouched.
		IF OLD.seq IS NULL AND (NEW.id, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.actor_label, NEW.on_behalf_of,
				NEW.action, NEW.subject_type, NEW.subject_id, NEW.purpose, NEW.case_id, NEW.request_id, NEW.ip,
				NEW.details, NEW.content_hash)
			IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor_kind, OLD.actor_id, OLD.actor_label, OLD.on_behalf_of,
				OLD.action, OLD.subject_type, OLD.subject_id, OLD.purpose, OLD.case_id, OLD.request_id, OLD.ip,
				OLD.details, OLD.content_hash) THEN
			RETURN NEW;
		END IF;
	END IF;
	RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_entries_append_only" BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION "audit_entries_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_entries_no_truncate" BEFORE TRUNCATE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_append_only"();
