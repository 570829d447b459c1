import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from './api/useConnection';
import { ConnectionBanner } from './board/ConnectionBanner';
import { Header } from './board/Header';
import { StartScreen } from './board/StartScreen';
import { useBoard } from './board/useBoard';
import { errorText } from './i18n/errorText';
import { isolate } from './ui/isolate';
import { BoardLayout } from './panes/BoardLayout';
import { JoinPage } from './room/JoinPage';
import { PersonForm } from './session/PersonForm';
import { usePerson } from './session/person';

/** Header always; then the start screen, or the board's panes as this seat's role lays them out. */
export function App() {
  const { t } = useTranslation();
  const { state, setBoard } = useBoard();
  const board = state.status === 'ready' ? state.board : null;
  // The window/tab title names the board (and the exercise), e.g. in the taskbar of a wall PC.
  const title = board ? t(board.exercise ? 'app.titleExercise' : 'app.title', { name: isolate(board.name) }) : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
  // A wall display is read from across the room: everything (sized in rem) is drawn larger.
  const { role, state: link } = useConnection();
  // A seat that writes must first say who is at it: every record carries the name.
  const person = usePerson();
  const mustIdentify = role === 'staff' && person === null;
  useEffect(() => {
    document.documentElement.classList.toggle('wall', role === 'wall');
  }, [role]);

  // A browser with no token, or whose token was refused (revoked, idle too long): it pairs first.
  if (link === 'no_token' || link === 'unauthorized') return <JoinPage revoked={link === 'unauthorized'} />;

  return (
    <div className="app">
      <ConnectionBanner />
      <Header board={board} onClosed={() => setBoard(null)} />
      {state.status === 'loading' && <main className="start-screen muted">{t('app.loading')}</main>}
      {state.status === 'failed' && (
        <main className="start-screen">
          <p className="error-text" role="alert">
            {errorText(state.error)}
          </p>
        </main>
      )}
      {state.status === 'ready' && mustIdentify && <PersonForm />}
      {state.status === 'ready' && !mustIdentify && !board && <StartScreen onOpened={setBoard} />}
      {board && !mustIdentify && <BoardLayout key={board.id} board={board} />}
    </div>
  );
}
