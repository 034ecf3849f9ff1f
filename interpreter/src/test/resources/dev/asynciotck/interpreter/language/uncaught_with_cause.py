class ConfigError(Exception):
    pass

def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise ConfigError(f"no setting {name!r}") from e

print("loading")
print(load("a"))
load("b")
print("unreachable")
