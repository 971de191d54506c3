import { describe, expect, it } from 'vitest'
import {
  checkEntryPath,
  entryKind,
  isLayoutFolder,
  evidenceFilePath,
  extensionForMime,
  fileIdOfPath,
  isCompressedPath,
  printablePath,
  thumbPath,
} from '@/domain/exchange'

describe('checkEntryPath', () => {
  it.each<{ path: string; expected: 'unsafe-path' | 'unexpected-path' | null; why: string }>([
    { path: 'manifest.json', expected: null, why: 'the manifest' },
    { path: 'data.json', expected: null, why: 'the data' },
    { path: 'files/3f2a1c7e-0b1d-4c8e-9a55-2d7f1b6e0c11.jpg', expected: null, why: 'a photo by UUID' },
    { path: 'files/f1.pdf', expected: null, why: 'a document' },
    { path: 'thumbs/f1.jpg', expected: null, why: 'a thumbnail' },
    { path: '../x', expected: 'unsafe-path', why: 'climbs out' },
    { path: 'files/../../etc/passwd', expected: 'unsafe-path', why: 'climbs out midway' },
    { path: '/etc/passwd', expected: 'unsafe-path', why: 'absolute' },
    { path: 'C:/Windows/x.jpg', expected: 'unsafe-path', why: 'drive letter' },
    { path: 'c:x', expected: 'unsafe-path', why: 'drive-relative' },
    { path: 'files\\f1.jpg', expected: 'unsafe-path', why: 'backslash' },
    { path: 'files/f1.jpg\u0000.txt', expected: 'unsafe-path', why: 'NUL byte' },
    { path: 'files/f1\n.jpg', expected: 'unsafe-path', why: 'newline' },
    { path: 'files/\u202Egpj.exe', expected: 'unexpected-path', why: 'bidi override is not a control char but is outside the layout' },
    { path: 'files//f1.jpg', expected: 'unsafe-path', why: 'empty segment' },
    { path: './data.json', expected: 'unsafe-path', why: 'dot segment' },
    { path: '', expected: 'unsafe-path', why: 'empty name' },
    { path: `files/${'a'.repeat(250)}.jpg`, expected: 'unsafe-path', why: 'over 200 characters' },
    { path: 'notes.txt', expected: 'unexpected-path', why: 'outside the layout' },
    { path: 'files/', expected: 'unexpected-path', why: 'a folder entry, not a dangerous name' },
    { path: 'photos/', expected: 'unexpected-path', why: 'a folder outside the layout' },
    { path: 'files/../', expected: 'unsafe-path', why: 'a folder climbing out' },
    { path: 'files//', expected: 'unsafe-path', why: 'a folder with an empty segment' },
    { path: 'files/sub/f1.jpg', expected: 'unexpected-path', why: 'nested folder' },
    { path: 'thumbs/f1.png', expected: 'unexpected-path', why: 'thumbnails are JPEG' },
    { path: 'files/f1.JPG', expected: 'unexpected-path', why: 'upper-case extension' },
    { path: 'Data.json', expected: 'unexpected-path', why: 'case matters' },
    { path: 'files/f1', expected: 'unexpected-path', why: 'no extension' },
  ])('$why: $path', ({ path, expected }) => {
    expect(checkEntryPath(path)?.code ?? null).toBe(expected)
  })

  it('names every problem in English', () => {
    expect(checkEntryPath('../x')?.detail).toMatch(/climbs out/)
  })
})

describe('layout helpers', () => {
  it('maps media types to extensions and back to kinds', () => {
    expect(extensionForMime('image/jpeg')).toBe('jpg')
    expect(extensionForMime('IMAGE/PNG')).toBe('png')
    expect(extensionForMime('application/x-unknown')).toBe('bin')
    expect(evidenceFilePath('f1', 'application/pdf')).toBe('files/f1.pdf')
    expect(thumbPath('f1')).toBe('thumbs/f1.jpg')
    expect(entryKind('files/f1.pdf')).toBe('file')
    expect(entryKind('thumbs/f1.jpg')).toBe('thumb')
    expect(fileIdOfPath('files/a.b.pdf')).toBe('a.b')
    expect(fileIdOfPath('thumbs/f1.jpg')).toBe('f1')
    expect(fileIdOfPath('data.json')).toBeUndefined()
  })

  it('stores compressed content as is, deflates the rest', () => {
    expect(isCompressedPath('files/f1.jpg')).toBe(true)
    expect(isCompressedPath('files/f1.pdf')).toBe(false)
    expect(isCompressedPath('data.json')).toBe(false)
  })

  it('makes hostile names fit to show', () => {
    expect(printablePath('a\u0000b\nc')).toBe('a?b?c')
    expect(printablePath('x'.repeat(300))).toHaveLength(201)
  })
})

describe('isLayoutFolder', () => {
  it.each([
    ['files/', 0, true],
    ['thumbs/', 0, true],
    ['files/', 3, false],
    ['photos/', 0, false],
    ['files', 0, false],
    ['data.json/', 0, false],
  ])('%s of %i bytes → %s', (path, size, expected) => {
    expect(isLayoutFolder(path, size)).toBe(expected)
  })
})
