/*
 * glibc's mmap threshold, fixed from inside the process (issue #9): the one call `src/core/allocator.ts` needs and
 * Node has no way to make. Built by `npm run build` (scripts/build-allocator.ts) into dist/native/allocator.node.
 *
 * glibc raises its mmap threshold to the size of each mmapped block freed (up to 32 MB on 64-bit): a process that
 * frees one 20 MB body then serves every later allocation under 20 MB from its arenas, and what is freed there stays
 * resident. MALLOC_MMAP_THRESHOLD_ fixes the threshold, but only in the environment a process starts with;
 * mallopt(M_MMAP_THRESHOLD) sets the same value and turns the raising off the same way, at any time.
 *
 * A Node-API module written without node_api.h (the headers are not installed with Node, and fetching them would
 * make the build need the network): the few functions used are declared below as the stable Node-API C interface
 * gives them, and the node executable provides them when the module is loaded.
 */
#include <malloc.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct napi_env__ *napi_env;
typedef struct napi_value__ *napi_value;
typedef struct napi_callback_info__ *napi_callback_info;
typedef int napi_status; /* 0 is napi_ok */
typedef napi_value (*napi_callback)(napi_env, napi_callback_info);

extern napi_status napi_get_cb_info(napi_env, napi_callback_info, size_t *argc, napi_value *argv, napi_value *this_arg, void **data);
extern napi_status napi_get_value_double(napi_env, napi_value, double *result);
extern napi_status napi_get_boolean(napi_env, bool value, napi_value *result);
extern napi_status napi_create_function(napi_env, const char *name, size_t length, napi_callback cb, void *data, napi_value *result);
extern napi_status napi_set_named_property(napi_env, napi_value object, const char *name, napi_value value);

/* The first argument as a size in bytes, or 0 when it is not a positive number that fits an int (mallopt's type). */
static size_t bytes_arg(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  double value = 0;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != 0 || argc < 1) return 0;
  if (napi_get_value_double(env, argv[0], &value) != 0 || !(value >= 1) || value > 0x7fffffff) return 0;
  return (size_t)value;
}

static napi_value boolean(napi_env env, bool value) {
  napi_value result = NULL;
  napi_get_boolean(env, value, &result);
  return result;
}

/*
 * setMmapThreshold(bytes): true when glibc took the value (musl's mallopt, for one, takes nothing). The trim threshold
 * (free memory at the top of the main heap kept rather than given back) is put back to glibc's starting 128 KB as
 * well: glibc doubles it with each raise of the mmap threshold, and a process that starts with
 * MALLOC_MMAP_THRESHOLD_ never raised it, so both calls leave the process as that variable would have.
 */
static napi_value set_mmap_threshold(napi_env env, napi_callback_info info) {
  size_t bytes = bytes_arg(env, info);
  return boolean(env, bytes > 0 && mallopt(M_MMAP_THRESHOLD, (int)bytes) == 1 && mallopt(M_TRIM_THRESHOLD, 128 * 1024) == 1);
}

/*
 * servesFromMmap(bytes): whether a block of that size is now given its own mapping, right after a 16 MB block was
 * freed (which, with the threshold left to glibc, raises it to 16 MB; its ceiling is 32 MB). Reads glibc's chunk header (the
 * size word just before the block; its bit 1 marks a mmapped chunk): what the tests check, on the process as it
 * really is. A size of some MB, more than the arena keeps free, so that the answer is the threshold's and not
 * whether a free chunk happened to be at hand.
 */
static napi_value serves_from_mmap(napi_env env, napi_callback_info info) {
  size_t bytes = bytes_arg(env, info);
  if (bytes == 0) return boolean(env, false);
  /* volatile: a compiler may otherwise drop a block that is freed unused. */
  char *volatile large = malloc(16u << 20);
  if (large) large[0] = 1;
  free(large);
  char *volatile block = malloc(bytes);
  if (!block) return boolean(env, false);
  block[0] = 1;
  bool mmapped = (((size_t *)block)[-1] & 2) != 0;
  free(block);
  return boolean(env, mmapped);
}

static void export_function(napi_env env, napi_value exports, const char *name, napi_callback cb) {
  napi_value fn = NULL;
  if (napi_create_function(env, name, SIZE_MAX, cb, NULL, &fn) == 0) napi_set_named_property(env, exports, name, fn);
}

napi_value napi_register_module_v1(napi_env env, napi_value exports) {
  export_function(env, exports, "setMmapThreshold", set_mmap_threshold);
  export_function(env, exports, "servesFromMmap", serves_from_mmap);
  return exports;
}
