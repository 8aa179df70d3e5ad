CREATE INDEX "jobs_running_heartbeat_idx" ON "jobs" USING btree ("heartbeat_at") WHERE state = 'running';--> statement-breakpoint
CREATE INDEX "jobs_kind_target_idx" ON "jobs" USING btree ("kind","target");--> statement-breakpoint
CREATE INDEX "matches_score_idx" ON "matches" USING btree ("score" DESC NULLS FIRST,"id");