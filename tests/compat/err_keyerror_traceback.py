config = {'host': 'localhost'}
def get(name):
    return config[name]
print(get('host'))
print(get('port'))
