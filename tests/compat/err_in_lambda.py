key = lambda item: item['score']
data = [{'score': 1}, {'name': 'no score'}]
print(sorted(data, key=key))
