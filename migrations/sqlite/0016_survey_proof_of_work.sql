-- The proof-of-work challenge a survey's owner may turn on for its public
-- link (domain/proof_of_work.rs): 'allow_without_script' or 'required';
-- NULL is off, as for every survey before it existed.
ALTER TABLE surveys ADD COLUMN proof_of_work TEXT;
