package document

import (
	"fmt"
	"hash/fnv"
)

// ShardOf returns the shard, from 1 to n, that the source with the given id
// belongs to when a corpus is split into n shards: the FNV-1a hash of the
// id, modulo n. It depends on the id alone, so a source lands in the same
// shard whatever the order of the listing, the machine or the run.
func ShardOf(id string, n int) int {
	if n < 1 {
		return 1
	}
	h := fnv.New64a()
	h.Write([]byte(id))
	return int(h.Sum64()%uint64(n)) + 1
}

// Shard keeps only the sources of shard k of n (see ShardOf), as Narrow
// does: the others stay known, so that labels may name them, and the
// corpus becomes partial, since corroboration can only be judged over
// every shard. It returns how many sources are kept; a shard may hold
// none when there are more shards than sources.
func (c *Corpus) Shard(k, n int) (int, error) {
	if n < 1 || k < 1 || k > n {
		return 0, fmt.Errorf("shard %d/%d: the shard must be from 1 to %d", k, n, n)
	}
	return c.narrowBy(func(s *Source) bool { return ShardOf(s.ID, n) == k }), nil
}
