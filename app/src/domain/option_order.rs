//! The order a respondent sees a question's options in. Shuffled options
//! follow a seed taken from the form (its idempotency key), so the order
//! stays the same when a refused form comes back, and differs between
//! respondents. Answers always refer to options by their stored index.

use super::ids::QuestionId;

/// Indexes `0..len` in display order: as written, or shuffled by `seed`.
pub fn option_order(len: usize, shuffle: bool, seed: &str, question: QuestionId) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    if !shuffle || len < 2 {
        return order;
    }
    // FNV-1a over the seed and the question, then xorshift: small, the same
    // in the browser and on the server, and not worth a crate.
    let mut state: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in seed.bytes().chain(question.0.to_le_bytes()) {
        state ^= u64::from(byte);
        state = state.wrapping_mul(0x0100_0000_01b3);
    }
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in (1..len).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unshuffled_keeps_the_written_order() {
        assert_eq!(option_order(4, false, "seed", QuestionId(1)), [0, 1, 2, 3]);
    }

    #[test]
    fn shuffled_is_a_permutation_stable_per_seed_and_varied_across_seeds() {
        let q = QuestionId(7);
        let first = option_order(8, true, "a7f3", q);
        assert_eq!(first, option_order(8, true, "a7f3", q));
        let mut sorted = first.clone();
        sorted.sort();
        assert_eq!(sorted, (0..8).collect::<Vec<_>>());
        let orders: std::collections::HashSet<Vec<usize>> = (0..50)
            .map(|i| option_order(8, true, &format!("seed-{i}"), q))
            .collect();
        assert!(orders.len() > 40, "only {} distinct orders", orders.len());
    }
}
