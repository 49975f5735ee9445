// Runs independent jobs on N threads and hands their results back on the
// calling thread in input order, whatever order they finish in: what keeps
// `check --jobs N` output byte-identical to `--jobs 1`.
#ifndef REPORTLINT_CLI_ORDERED_POOL_H_
#define REPORTLINT_CLI_ORDERED_POOL_H_

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace reportlint {

// Calls work(i) for every i in [0, n) on `jobs` worker threads (inline when
// jobs <= 1) and deliver(i, result) on the calling thread for i = 0, 1, 2, …
// until deliver returns false (the output is gone: a closed pipe): then no
// job starts any more and those running are waited for.
// REQUIRES: work is safe to call concurrently. A finished result waits only
// for those before it, so memory stays bounded by how far workers run ahead.
template <typename T>
void RunOrdered(size_t n, int jobs, const std::function<T(size_t)>& work,
                const std::function<bool(size_t, T&)>& deliver) {
  if (jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) {
      T result = work(i);
      if (!deliver(i, result)) return;
    }
    return;
  }
  std::vector<std::optional<T>> slots(n);
  std::mutex mu;
  std::condition_variable ready;
  size_t wanted = 0;  // the slot the calling thread waits for (guarded by mu)
  std::atomic<size_t> next{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> workers;
  for (int t = 0; t < jobs && t < static_cast<int>(n); ++t) {
    workers.emplace_back([&] {
      for (size_t i; !stop && (i = next.fetch_add(1)) < n;) {
        T result = work(i);
        std::lock_guard<std::mutex> lock(mu);
        slots[i].emplace(std::move(result));
        // Wake the caller only for the result it is waiting for.
        if (i == wanted) ready.notify_one();
      }
    });
  }
  for (size_t i = 0; i < n; ++i) {
    std::optional<T> result;
    {
      std::unique_lock<std::mutex> lock(mu);
      wanted = i;
      ready.wait(lock, [&] { return slots[i].has_value(); });
      result.swap(slots[i]);
    }
    if (!deliver(i, *result)) {
      stop = true;
      break;
    }
  }
  for (std::thread& w : workers) w.join();
}

}  // namespace reportlint

#endif  // REPORTLINT_CLI_ORDERED_POOL_H_
